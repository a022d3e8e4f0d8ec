using System.Diagnostics;
using System.Globalization;
using System.Net.Http.Json;
using System.Text;
using System.Text.Json;
using System.Text.Json.Nodes;
using MediaDiscovery.Core.Catalog;

namespace MediaDiscovery.Evaluation;

/// <summary>
/// Judges a running product over HTTP exactly as <c>eval/README.md</c> says, printing one metric per line:
/// intent slot precision/recall/F1, constraint precision@10, known-item MRR@10 and success@1/@10, typo
/// success@1/@10, HTTP errors and client-side latency p50/p95.
/// </summary>
public static class SearchEvaluationCommand
{
    public static async Task<int> RunAsync(string[] args)
    {
        var options = new CommandLine(args);
        var set = DevSet.Load(options.Require("set"));
        var baseUrl = new Uri(options.Get("base") ?? "http://127.0.0.1:5080");
        var raw = RawCatalog.Load(options.Get("catalog") ?? "../shared/datasets/streaming-catalogs");
        var goldFilters = args.Contains("--gold-filters");
        var retrieval = options.Get("retrieval");
        // Per-query lines go to stderr, so stdout stays one metric per line.
        var perQuery = args.Contains("--per-query") ? Console.Error : TextWriter.Null;
        using var http = new HttpClient { BaseAddress = baseUrl, Timeout = TimeSpan.FromSeconds(30) };
        var run = new Run(http, retrieval, perQuery);

        var intent = await EvaluateIntentAsync(run, set.Where(q => q.Kind == "constraints"));
        var constraintPrecision = await EvaluateConstraintsAsync(run, raw, set.Where(q => q.Kind == "constraints"), goldFilters);
        var (mrr, knownAt1, knownAt10) = await EvaluateKnownItemsAsync(run, set.Where(q => q.Kind == "known-item"));
        var (_, typoAt1, typoAt10) = await EvaluateKnownItemsAsync(run, set.Where(q => q.Kind == "title-typo"));

        Print("intent.slot_precision", intent.Precision);
        Print("intent.slot_recall", intent.Recall);
        Print("intent.slot_f1", intent.F1);
        Print("search.constraint_precision_at_10", constraintPrecision);
        Print("known_item.mrr_at_10", mrr);
        Print("known_item.success_at_1", knownAt1);
        Print("known_item.success_at_10", knownAt10);
        Print("typo.success_at_1", typoAt1);
        Print("typo.success_at_10", typoAt10);
        Print("http.errors", run.Errors);
        Print("latency.p50_ms", run.Percentile(0.50));
        Print("latency.p95_ms", run.Percentile(0.95));
        return 0;
    }

    private static void Print(string name, double value) =>
        Console.WriteLine(string.Create(CultureInfo.InvariantCulture, $"{name} {value:0.###}"));

    private static async Task<(double Precision, double Recall, double F1)> EvaluateIntentAsync(Run run, IEnumerable<DevQuery> queries)
    {
        int truePositives = 0, predicted = 0, gold = 0;
        foreach (var q in queries)
        {
            var response = await run.PostAsync("/api/v1/intent", new JsonObject { ["query"] = q.Query });
            var expected = SlotPairs.From(q.Slots!.Value);
            var actual = response is { } r ? PredictedPairs(r) : [];
            truePositives += actual.Count(expected.Contains);
            predicted += actual.Count;
            gold += expected.Count;
        }
        var precision = predicted == 0 ? 0 : (double)truePositives / predicted;
        var recall = gold == 0 ? 0 : (double)truePositives / gold;
        return (precision, recall, precision + recall == 0 ? 0 : 2 * precision * recall / (precision + recall));
    }

    private static HashSet<string> PredictedPairs(JsonElement response)
    {
        var pairs = SlotPairs.From(response.GetProperty("filters"));
        if (response.TryGetProperty("similarTo", out var similar) && similar.ValueKind == JsonValueKind.String)
            pairs.Add($"similarTo={TitleNormaliser.Normalise(similar.GetString())}");
        return pairs;
    }

    private static async Task<double> EvaluateConstraintsAsync(Run run, RawCatalog raw, IEnumerable<DevQuery> queries, bool goldFilters)
    {
        var precisions = new List<double>();
        foreach (var q in queries)
        {
            var slots = q.Slots!.Value;
            var satisfyingInCatalog = raw.CountSatisfying(slots);
            if (satisfyingInCatalog == 0)
                continue;
            var body = new JsonObject { ["query"] = q.Query, ["limit"] = 10 };
            if (goldFilters)
                body["filters"] = GoldFilters(slots);
            var response = await run.SearchAsync(body);
            var results = response is { } r ? r.GetProperty("results").EnumerateArray().ToList() : [];
            var failing = results.Where(result => !RawCatalog.Satisfies(MatchRows(raw, result), slots)).ToList();
            var precision = (double)(results.Count - failing.Count) / Math.Min(10, satisfyingInCatalog);
            precisions.Add(precision);
            run.Trace($"constraints {precision:0.###} \"{q.Query}\" failing: {string.Join(" | ", failing.Select(Describe))}");
        }
        return precisions.Count == 0 ? 0 : precisions.Average();
    }

    private static JsonObject GoldFilters(JsonElement slots)
    {
        var filters = JsonNode.Parse(slots.GetRawText())!.AsObject();
        filters.Remove("similarTo");
        filters.Remove("text");
        return filters;
    }

    private static IReadOnlyList<Core.Catalog.Ingestion.CatalogEntry> MatchRows(RawCatalog raw, JsonElement result)
    {
        ContentTypes.TryParseWire(result.GetProperty("type").GetString(), out var type);
        var year = result.GetProperty("releaseYear").ValueKind == JsonValueKind.Number ? result.GetProperty("releaseYear").GetInt32() : (int?)null;
        return raw.Match(result.GetProperty("title").GetString()!, type, year);
    }

    private static async Task<(double Mrr, double At1, double At10)> EvaluateKnownItemsAsync(Run run, IEnumerable<DevQuery> queries)
    {
        var ranks = new List<int?>();
        foreach (var q in queries)
        {
            var response = await run.SearchAsync(new JsonObject { ["query"] = q.Query, ["limit"] = 10 });
            var results = response is { } r ? r.GetProperty("results").EnumerateArray().ToList() : [];
            var rank = results.FindIndex(res => q.Expect.Any(e =>
                TitleNormaliser.Normalise(e.Title) == TitleNormaliser.Normalise(res.GetProperty("title").GetString())
                && e.Type == res.GetProperty("type").GetString()));
            ranks.Add(rank < 0 ? null : rank + 1);
            run.Trace($"{q.Kind} rank {(rank < 0 ? "-" : rank + 1)} \"{q.Query}\" top: {string.Join(" | ", results.Take(3).Select(Describe))}");
        }
        if (ranks.Count == 0)
            return (0, 0, 0);
        return (ranks.Average(r => r is { } k ? 1.0 / k : 0), ranks.Average(r => r == 1 ? 1.0 : 0), ranks.Average(r => r is not null ? 1.0 : 0));
    }

    private static string Describe(JsonElement result) =>
        $"{result.GetProperty("title").GetString()} ({result.GetProperty("type").GetString()}, {result.GetProperty("releaseYear")})";

    private sealed class Run(HttpClient http, string? retrieval, TextWriter trace)
    {
        private readonly List<double> latencies = [];

        public int Errors { get; private set; }

        /// <summary>A per-query line (on stderr with --per-query, else nowhere).</summary>
        public void Trace(FormattableString line) => trace.WriteLine(FormattableString.Invariant(line));

        public Task<JsonElement?> SearchAsync(JsonObject body)
        {
            if (retrieval is not null)
                body["retrieval"] = retrieval;
            return PostAsync("/api/v1/search", body);
        }

        public async Task<JsonElement?> PostAsync(string path, JsonObject body)
        {
            var started = Stopwatch.GetTimestamp();
            using var content = new StringContent(body.ToJsonString(), Encoding.UTF8, "application/json");
            using var response = await http.PostAsync(new Uri(path, UriKind.Relative), content);
            latencies.Add(Stopwatch.GetElapsedTime(started).TotalMilliseconds);
            if (!response.IsSuccessStatusCode)
            {
                Errors++;
                return null;
            }
            return await response.Content.ReadFromJsonAsync<JsonElement>();
        }

        public double Percentile(double p)
        {
            if (latencies.Count == 0)
                return 0;
            var sorted = latencies.Order().ToList();
            return sorted[Math.Min(sorted.Count - 1, (int)Math.Ceiling(p * sorted.Count) - 1)];
        }
    }
}
