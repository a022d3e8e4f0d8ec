using System.Collections.Concurrent;
using System.Diagnostics;
using System.Globalization;
using System.Net;
using System.Net.Http.Headers;
using System.Net.Http.Json;
using System.Text.Json;
using System.Text.Json.Nodes;
using MediaDiscovery.Core.Recommendations;
using MediaDiscovery.Testing;

namespace MediaDiscovery.Evaluation;

/// <summary>
/// The recommendation protocol through the HTTP API (issue 29). <c>prepare</c> holds a share of the MovieLens users
/// out (<see cref="RecommendationHoldout"/>); the LocalHost is then started on the rest as its audience. <c>run</c>
/// posts each held-out user's earlier positives as rating events, retrains through the admin endpoint, asks for
/// each user's top 20 and compares it with their later positives: recall@20 and NDCG@20 as offline, against
/// popularity over the posted events and popularity over everything the product could read (the posted events
/// and the background audience). The later ratings never reach the product.
/// </summary>
public static class RecommendationHttpEvaluationCommand
{
    private const int Limit = OfflineEvaluation.Cutoff;
    private const int Parallelism = 8;

    public static async Task<int> RunAsync(string[] args)
    {
        var line = new CommandLine(args[1..]);
        return args.FirstOrDefault() switch
        {
            "prepare" => RecommendationHoldout.Run(line),
            "run" => await EvaluateAsync(line),
            _ => throw new ArgumentException("recommend-http prepare|run"),
        };
    }

    private static async Task<int> EvaluateAsync(CommandLine line)
    {
        var work = line.Require("work");
        var background = Path.Combine(work, RecommendationHoldout.MovieLensDirectory);
        var link = await AudienceLink.BuildAsync(line.Require("catalog"), background);
        var users = HeldOutUser.From(RecommendationHoldout.ReadHeldOut(work), link);
        var maxUsers = int.Parse(line.Get("max-users") ?? "100000", CultureInfo.InvariantCulture);
        users = users.Take(maxUsers).ToList();
        // Cold start: each user posts only their first N positives; the later positives stay the same.
        if (line.Get("first") is { } first)
        {
            var count = int.Parse(first, CultureInfo.InvariantCulture);
            users = users.Select(u => u with { Posted = u.Posted.Take(count).ToList() }).ToList();
            Print("first_positives_only", count);
        }
        Print("linked_movies", link.Count);
        Print("users", users.Count);
        Print("posted_events", users.Sum(u => u.Posted.Count));
        Print("later_positives", users.Sum(u => u.Later.Count));

        using var http = new HttpClient { BaseAddress = new Uri(line.Get("base") ?? "http://127.0.0.1:5080"), Timeout = TimeSpan.FromSeconds(120) };
        var api = new Api(http);
        var shift = TimeShift(users);
        var clock = Stopwatch.StartNew();
        await Parallel.ForEachAsync(users, new ParallelOptions { MaxDegreeOfParallelism = Parallelism }, async (user, ct) =>
        {
            var token = await api.TokenAsync(user.UserId, "user");
            foreach (var rating in user.Posted)
                await api.PostEventAsync(token, user.UserId, rating, shift);
        });
        Print("post_seconds", clock.Elapsed.TotalSeconds);
        var admin = await api.TokenAsync("evaluation-admin", "admin");
        var training = await api.TrainAsync(admin);
        Print("train_ms_reported", training.GetProperty("tookMs").GetDouble());
        Console.WriteLine($"model_version {training.GetProperty("modelVersion").GetString()}");
        if (training.TryGetProperty("validation", out var validation) && validation.ValueKind == JsonValueKind.Object)
        {
            Print("training_validation.people", validation.GetProperty("people").GetInt32());
            Print("training_validation.collaborative_recall_at_20", validation.GetProperty("collaborativeRecallAt20").GetDouble());
            Print("training_validation.popularity_recall_at_20", validation.GetProperty("popularityRecallAt20").GetDouble());
            Console.WriteLine($"training_validation.leader {validation.GetProperty("leader").GetString()}");
        }

        var lists = new ConcurrentDictionary<string, IReadOnlyList<string>>();
        var strategies = new ConcurrentDictionary<string, IReadOnlyList<string>>();
        var latencies = new ConcurrentBag<double>();
        await Parallel.ForEachAsync(users, new ParallelOptions { MaxDegreeOfParallelism = Parallelism }, async (user, ct) =>
        {
            var token = await api.TokenAsync(user.UserId, "user");
            var started = Stopwatch.GetTimestamp();
            var list = await api.RecommendationsAsync(token, user.UserId);
            lists[user.UserId] = list.Select(r => r.TitleId).ToList();
            strategies[user.UserId] = list.Select(r => r.Strategy).ToList();
            latencies.Add(Stopwatch.GetElapsedTime(started).TotalMilliseconds);
        });
        Print("recommendations_p95_ms", Percentile(latencies, 0.95));

        var posted = users.SelectMany(u => u.Posted.Select(p => p.TitleId)).ToList();
        var audience = MovieLensRatings.ReadFile(Path.Combine(background, "ratings.csv"))
            .Where(r => r.Weight >= OfflineEvaluation.PositiveThreshold && link.ContainsKey(r.ItemId)).Select(r => link[r.ItemId]);
        var postedPopularity = new PopularityBaseline(posted);
        var allPopularity = new PopularityBaseline(posted.Concat(audience));
        var product = Score(users, u => lists[u.UserId]);
        var popularPosted = Score(users, u => postedPopularity.Top(u.Posted.Select(p => p.TitleId).ToHashSet(), Limit));
        var popularAll = Score(users, u => allPopularity.Top(u.Posted.Select(p => p.TitleId).ToHashSet(), Limit));
        Report("product", product);
        Report("popularity_posted", popularPosted);
        Report("popularity_all", popularAll);
        var best = Math.Max(popularPosted.RecallAt20, popularAll.RecallAt20);
        Print("product_vs_best_popularity_recall", best > 0 ? product.RecallAt20 / best : 0);
        Print("short_lists", users.Count(u => lists[u.UserId].Count < Limit));
        // Variety of reasons: how many lists show each strategy, and how many strategies a list shows.
        foreach (var strategy in strategies.Values.SelectMany(s => s).Distinct().Order(StringComparer.Ordinal))
            Print($"lists_with.{strategy}", users.Count(u => strategies[u.UserId].Contains(strategy)) / (double)Math.Max(1, users.Count));
        Print("strategies_per_list", users.Average(u => (double)strategies[u.UserId].Distinct().Count()));
        Print("http_errors", api.Errors);
        // For load tests: the users with 10-500 events posted and a token for each.
        if (line.Get("tokens-out") is { } tokensFile)
        {
            var loaded = new List<string>();
            foreach (var user in users.Where(u => u.Posted.Count is >= 10 and <= 500))
                loaded.Add($"{user.UserId} {await api.TokenAsync(user.UserId, "user")}");
            await File.WriteAllLinesAsync(tokensFile, loaded);
            Print("load_users", loaded.Count);
        }
        return api.Errors == 0 ? 0 : 1;
    }

    /// <summary>Moves MovieLens's 1996-2018 times so the latest posted rating was a day ago: a live history.</summary>
    private static TimeSpan TimeShift(IReadOnlyList<HeldOutUser> users)
    {
        var latest = users.SelectMany(u => u.Posted).Select(p => p.Timestamp).DefaultIfEmpty(0).Max();
        return DateTimeOffset.UtcNow.AddDays(-1) - DateTimeOffset.FromUnixTimeSeconds(latest);
    }

    private static RankingMetrics Score(IReadOnlyList<HeldOutUser> users, Func<HeldOutUser, IReadOnlyList<string>> list)
    {
        var ids = new Dictionary<string, int>(StringComparer.Ordinal);
        int Id(string title) => ids.TryGetValue(title, out var id) ? id : ids[title] = ids.Count;
        double recall = 0, ndcg = 0;
        foreach (var user in users)
        {
            var (r, n) = OfflineEvaluation.Score(list(user).Select(Id).ToList(), user.Later.Select(Id).ToHashSet(), user.Later.Count);
            recall += r;
            ndcg += n;
        }
        return new RankingMetrics(users.Count == 0 ? 0 : recall / users.Count, users.Count == 0 ? 0 : ndcg / users.Count, users.Count);
    }

    private static double Percentile(IEnumerable<double> values, double p)
    {
        var sorted = values.Order().ToArray();
        return sorted.Length == 0 ? 0 : sorted[Math.Min(sorted.Length - 1, (int)Math.Ceiling(p * sorted.Length) - 1)];
    }

    private static void Report(string name, RankingMetrics metrics)
    {
        Print(name + ".recall_at_20", metrics.RecallAt20);
        Print(name + ".ndcg_at_20", metrics.NdcgAt20);
    }

    private static void Print(string name, double value) => Console.WriteLine(string.Create(CultureInfo.InvariantCulture, $"{name} {value:0.####}"));

    /// <summary>The API calls of the protocol; a refusal or error is counted and reported, and 429 is retried.</summary>
    private sealed class Api(HttpClient http)
    {
        private int errors;

        public int Errors => errors;

        public async Task<string> TokenAsync(string subject, string role)
        {
            using var response = await SendAsync(() => new HttpRequestMessage(HttpMethod.Post, "/api/v1/auth/dev-token")
            {
                Content = JsonContent.Create(new JsonObject { ["sub"] = subject, ["roles"] = new JsonArray(role) }),
            });
            response.EnsureSuccessStatusCode();
            return (await response.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("accessToken").GetString()!;
        }

        public async Task PostEventAsync(string token, string userId, PostedRating rating, TimeSpan shift)
        {
            var at = DateTimeOffset.FromUnixTimeSeconds(rating.Timestamp) + shift;
            using var response = await SendAsync(() => Authorised(HttpMethod.Post, $"/api/v1/users/{userId}/events", token, new JsonObject
            {
                ["titleId"] = rating.TitleId,
                ["kind"] = "rating",
                ["rating"] = rating.Rating,
                ["at"] = at.ToString("yyyy-MM-ddTHH:mm:ssZ", CultureInfo.InvariantCulture),
                ["eventId"] = $"{userId}-{rating.MovieId}",
            }));
            if (response.StatusCode is not (HttpStatusCode.Created or HttpStatusCode.OK))
                Fail(response, $"event {userId} {rating.TitleId}");
        }

        public async Task<JsonElement> TrainAsync(string token)
        {
            using var response = await SendAsync(() => Authorised(HttpMethod.Post, "/api/v1/admin/recommendations/train", token, new JsonObject()));
            response.EnsureSuccessStatusCode();
            return await response.Content.ReadFromJsonAsync<JsonElement>();
        }

        public async Task<IReadOnlyList<(string TitleId, string Strategy)>> RecommendationsAsync(string token, string userId)
        {
            using var response = await SendAsync(() => Authorised(HttpMethod.Get, $"/api/v1/recommendations?userId={userId}&limit={Limit}", token, null));
            if (!response.IsSuccessStatusCode)
            {
                Fail(response, $"recommendations {userId}");
                return [];
            }
            var body = await response.Content.ReadFromJsonAsync<JsonElement>();
            return body.GetProperty("recommendations").EnumerateArray()
                .Select(r => (r.GetProperty("title").GetProperty("id").GetString()!, r.GetProperty("strategy").GetString()!)).ToList();
        }

        private static HttpRequestMessage Authorised(HttpMethod method, string path, string token, JsonNode? body)
        {
            var request = new HttpRequestMessage(method, path) { Content = body is null ? null : JsonContent.Create(body) };
            request.Headers.Authorization = new AuthenticationHeaderValue("Bearer", token);
            return request;
        }

        private async Task<HttpResponseMessage> SendAsync(Func<HttpRequestMessage> request)
        {
            for (var attempt = 0; ; attempt++)
            {
                using var message = request();
                var response = await http.SendAsync(message);
                if (response.StatusCode != HttpStatusCode.TooManyRequests || attempt == 5)
                    return response;
                var wait = response.Headers.RetryAfter?.Delta ?? TimeSpan.FromSeconds(1);
                response.Dispose();
                await Task.Delay(wait);
            }
        }

        private void Fail(HttpResponseMessage response, string what)
        {
            if (Interlocked.Increment(ref errors) <= 5)
                Console.Error.WriteLine($"{what}: {(int)response.StatusCode} {response.Content.ReadAsStringAsync().GetAwaiter().GetResult()}");
        }
    }
}
