using System.Text.Json;
using MediaDiscovery.Core.Catalog.Ingestion;
using MediaDiscovery.Core.Intent;
using MediaDiscovery.Core.Search;
using MediaDiscovery.Testing;
using Xunit.Abstractions;

namespace MediaDiscovery.Core.Tests.Intent;

/// <summary>
/// The dev set's <c>constraints</c> queries through the rules extractor over the real catalog, scored by slot
/// pairs as eval/README.md defines them (micro-averaged over all pairs). Also measures the gazetteer build.
/// </summary>
public sealed class DevSetSlotTests(ITestOutputHelper output)
{
    [Fact]
    public void Rules_extractor_reaches_slot_F1_of_at_least_0_9_on_the_dev_set()
    {
        Assert.True(SharedData.Root is not null, SharedData.MissingMessage);
        var table = RealCatalog.Table.Value;
        var started = System.Diagnostics.Stopwatch.StartNew();
        var gazetteer = IntentGazetteer.Build(table, CatalogTaxonomy.Default);
        output.WriteLine($"gazetteer over {table.Count} titles: {gazetteer.TitleCount} titles, {gazetteer.PersonCount} people, built in {started.Elapsed.TotalMilliseconds:F0} ms");
        var extractor = new RulesIntentExtractor(gazetteer, new FixedClock(IntentTestCatalog.Now));

        int truePositives = 0, predicted = 0, gold = 0;
        foreach (var line in File.ReadLines(Path.Combine(SharedData.Root!, "eval", "dev.jsonl")))
        {
            using var doc = JsonDocument.Parse(line);
            var root = doc.RootElement;
            if (root.GetProperty("kind").GetString() != "constraints")
                continue;
            var query = root.GetProperty("query").GetString()!;
            var intent = extractor.Extract(query, gazetteer);
            var expected = SlotPairs.Of(root.GetProperty("slots"));
            var actual = SlotPairs.Of(intent);
            truePositives += actual.Count(expected.Contains);
            predicted += actual.Count;
            gold += expected.Count;
            if (!actual.SetEquals(expected))
                output.WriteLine($"{query}\n  missing: {string.Join(", ", expected.Except(actual))}\n  extra: {string.Join(", ", actual.Except(expected))}");
            if (root.TryGetProperty("intent", out var kind))
                Assert.Equal(kind.GetString(), intent.Intent.ToString().ToLowerInvariant());
        }
        var precision = (double)truePositives / predicted;
        var recall = (double)truePositives / gold;
        var f1 = 2 * precision * recall / (precision + recall);
        output.WriteLine($"slot precision {precision:F3} recall {recall:F3} F1 {f1:F3} ({truePositives} of {gold} gold, {predicted} predicted)");
        Assert.True(f1 >= 0.9, $"slot F1 {f1:F3}");
    }

}

/// <summary>The four real platform catalogs, ingested once per test run.</summary>
public static class RealCatalog
{
    public static readonly Lazy<TitleTable> Table = new(Load);

    private static TitleTable Load()
    {
        var ingestion = new CatalogIngestion(CatalogTaxonomy.Default, IngestionLimits.Default);
        var feeds = CatalogTaxonomy.Default.Platforms.Select(p =>
        {
            using var stream = File.OpenRead(Path.Combine(SharedData.StreamingCatalogs!, p.SourceFile));
            return ingestion.ReadFeed(p.Id, stream);
        }).ToList();
        return TitleTable.Build(ingestion.Merge(feeds, scores: null).Titles, catalogVersion: 1);
    }
}
