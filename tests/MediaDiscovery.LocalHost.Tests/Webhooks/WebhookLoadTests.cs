using System.Collections.Concurrent;
using System.Diagnostics;
using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using MediaDiscovery.Core.Availability;
using MediaDiscovery.Core.Catalog;
using MediaDiscovery.Core.Ports;
using Microsoft.Extensions.DependencyInjection;
using Xunit.Abstractions;

namespace MediaDiscovery.LocalHost.Tests.Webhooks;

/// <summary>
/// 2,000 signed webhooks through HTTP, 10% of them duplicates, in shuffled order, several per title and platform with
/// different occurredAt: every accepted event is recorded exactly once and each entry ends in its newest event's state.
/// </summary>
public sealed class WebhookLoadTests(ITestOutputHelper output)
{
    private const int Unique = 1_800;
    private const int Duplicates = 200;
    private static readonly string[] Prices = ["subscription", "rent", "buy"];

    [Fact]
    public async Task Every_accepted_webhook_is_applied_once_and_the_newest_event_per_title_and_platform_wins()
    {
        CountingRecorder? counting = null;
        await using var host = new WebhookHost(services => services.AddSingleton<IAvailabilityRecorder>(sp =>
            counting = new CountingRecorder(ActivatorUtilities.CreateInstance<AvailabilityRecorder>(sp))));
        var client = await host.ReadyClientAsync();

        var pairs = new List<(string TitleId, PlatformAvailability Entry)>();
        await foreach (var title in host.Store.ListAllAsync())
            pairs.AddRange(title.Availability.Where(a => a.Platform is "netflix" or "hulu").Select(a => (title.Id, a)));
        Assert.True(pairs.Count >= 150, $"only {pairs.Count} netflix/hulu entries in the demo catalog");

        var random = new Random(20261122);
        var start = DateTimeOffset.UtcNow.AddSeconds(1);
        var events = Enumerable.Range(0, Unique).Select(i =>
        {
            var (titleId, entry) = pairs[i % pairs.Count];
            var available = random.Next(2) == 0;
            return new Event($"msg_load_{i}", titleId, entry, available, available ? Prices[random.Next(Prices.Length)] : null,
                start.AddMilliseconds(10 * random.Next(0, 20_000) + (i % 10)));
        }).ToList();
        // Distinct times per entry, so "the newest" is well defined.
        events = events.GroupBy(e => (e.TitleId, e.Entry.Platform))
            .SelectMany(g => g.Select((e, n) => e with { OccurredAt = e.OccurredAt.AddTicks(n) })).ToList();
        var deliveries = events.Concat(events.OrderBy(_ => random.Next()).Take(Duplicates)).OrderBy(_ => random.Next()).ToList();
        Assert.Equal(2_000, deliveries.Count);

        var statuses = new ConcurrentBag<string>();
        var clock = Stopwatch.StartNew();
        await Parallel.ForEachAsync(deliveries, new ParallelOptions { MaxDegreeOfParallelism = 16 }, async (e, ct) =>
        {
            var body = SignedWebhooks.Body(e.Entry.ExternalId, e.Available, e.OccurredAt, e.Price);
            using var response = await client.SendAsync(SignedWebhooks.Request(e.Entry.Platform, e.Id, body), ct);
            Assert.Equal(HttpStatusCode.Accepted, response.StatusCode);
            statuses.Add((await response.Content.ReadFromJsonAsync<JsonElement>(ct)).GetProperty("status").GetString()!);
        });
        var accepted = clock.Elapsed;
        await host.DrainedAsync(TimeSpan.FromMinutes(3));
        var applied = clock.Elapsed;
        output.WriteLine($"{deliveries.Count} webhooks accepted in {accepted.TotalSeconds:F1} s ({deliveries.Count / accepted.TotalSeconds:F0}/s), all applied after {applied.TotalSeconds:F1} s ({Unique / applied.TotalSeconds:F0} events/s)");

        Assert.Equal(Unique, statuses.Count(s => s == "queued"));
        Assert.Equal(Duplicates, statuses.Count(s => s == "duplicate"));
        Assert.Equal(new(0, 0, Unique), await host.Queue.CountsAsync());
        Assert.NotNull(counting);
        Assert.Equal(Unique, counting!.RecordedBySourceId.Count);
        Assert.All(counting.RecordedBySourceId, pair => Assert.Equal(1, pair.Value));

        foreach (var group in events.GroupBy(e => (e.TitleId, e.Entry.Platform)))
        {
            var newest = group.MaxBy(e => e.OccurredAt)!;
            var stored = (await host.Store.GetAsync(group.Key.TitleId))!.Availability.Single(a => a.Platform == group.Key.Platform);
            Assert.Equal(newest.Available, stored.Available);
            Assert.Equal(newest.OccurredAt, stored.LastVerifiedAt);
            if (newest.Available)
                Assert.Equal(newest.Price, stored.PriceType);

            // The change log holds no change newer than the newest event, and its newest change agrees with the end state.
            var changes = (await host.Changes.ListForTitleAsync(group.Key.TitleId, 100)).Where(c => c.Platform == group.Key.Platform).ToList();
            Assert.Equal(changes.Count, changes.Select(c => c.ChangeId).Distinct().Count());
            Assert.True(changes.Count <= group.Count());
            if (changes.Count > 0)
            {
                var last = changes.MaxBy(c => c.OccurredAt)!;
                Assert.True(last.OccurredAt <= newest.OccurredAt);
                Assert.Equal(stored.Available, last.Kind != AvailabilityChangeKind.Removed);
            }
        }
        Assert.Equal(0, host.ErrorLogs.Errors);
    }

    private sealed record Event(string Id, string TitleId, PlatformAvailability Entry, bool Available, string? Price, DateTimeOffset OccurredAt);
}
