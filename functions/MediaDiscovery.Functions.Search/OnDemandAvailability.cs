using MediaDiscovery.Core.Availability;
using MediaDiscovery.Core.Catalog;
using MediaDiscovery.Core.Ports;
using MediaDiscovery.Hosting;

namespace MediaDiscovery.Functions.Search;

/// <summary>
/// Makes the top results' availability true now: fresh entries are shown as stored; the others are asked of their
/// platforms (one call per platform, all in parallel) within the latency budget. An entry whose platform did not
/// answer in time, failed, or has an open circuit keeps its last known value, marked stale. Never throws for a
/// platform; what was verified is queued for recording.
/// </summary>
public sealed class OnDemandAvailability(
    IPlatformAvailabilityChecker checker, OnDemandRecordingQueue recording, OnDemandAvailabilityOptions options, TimeProvider clock)
{
    /// <param name="Complete">False when some entry could not be verified (the response is then cached briefly).</param>
    public sealed record Verified(IReadOnlyList<Title> Titles, bool Complete);

    public async Task<Verified> VerifyAsync(IReadOnlyList<Title> titles, FeedSyncTimes syncTimes, CancellationToken ct)
    {
        var now = clock.GetUtcNow();
        var due = DueEntries(titles, syncTimes, now);
        if (due.Count == 0)
            return new Verified(titles, Complete: true);

        var budget = CancellationTokenSource.CreateLinkedTokenSource(ct);
        budget.CancelAfter(options.Budget);
        var platforms = due.Keys.ToList();
        var checks = platforms.Select(p => CheckWithinAsync(p, due[p], budget.Token)).ToArray();
        // The response waits for the budget, not for cancellation to travel through every call (slow on a busy box).
        var all = Task.WhenAll(checks);
        await Task.WhenAny(all, Task.Delay(options.Budget, clock, ct));
        _ = all.ContinueWith(_ => budget.Dispose(), CancellationToken.None, TaskContinuationOptions.ExecuteSynchronously, TaskScheduler.Default);
        ct.ThrowIfCancellationRequested();
        var answers = checks.Select(c => c.IsCompletedSuccessfully ? c.Result : null).ToArray();

        var verifiedAt = clock.GetUtcNow();
        var replacements = new Dictionary<(int Index, string Platform), PlatformAvailability>();
        var observations = new List<AvailabilityObservation>();
        for (var k = 0; k < platforms.Count; k++)
        {
            var statuses = answers[k] is { Succeeded: true } answer
                ? answer.Titles.GroupBy(t => t.ShowId, StringComparer.Ordinal).ToDictionary(g => g.Key, g => g.First(), StringComparer.Ordinal)
                : null;
            foreach (var (index, entry) in due[platforms[k]])
            {
                if (statuses?.GetValueOrDefault(entry.ShowId) is { } status)
                {
                    replacements[(index, entry.Platform)] = Verify(entry, status, verifiedAt);
                    observations.Add(Core.Availability.Sweep.AvailabilitySweep.ToObservation(
                        titles[index].Id, entry.Platform, status, verifiedAt, AvailabilitySource.OnDemand, "on-demand"));
                }
                else
                {
                    replacements[(index, entry.Platform)] = entry with { Stale = true };
                }
            }
        }
        if (observations.Count > 0)
            recording.TryEnqueue(observations);
        var updated = titles.Select((t, i) => t with
        {
            Availability = t.Availability.Select(a => replacements.GetValueOrDefault((i, a.Platform)) ?? a).ToList(),
        }).ToList();
        return new Verified(updated, Complete: replacements.Values.All(a => !a.Stale));
    }

    // Per platform, the due entries of the top results (with their result index); unconfigured platforms are left as stored.
    private Dictionary<string, List<(int Index, PlatformAvailability Entry)>> DueEntries(IReadOnlyList<Title> titles, FeedSyncTimes syncTimes, DateTimeOffset now)
    {
        var due = new Dictionary<string, List<(int, PlatformAvailability)>>(StringComparer.Ordinal);
        for (var i = 0; i < Math.Min(options.TopResults, titles.Count); i++)
        {
            foreach (var entry in titles[i].Availability)
            {
                if (IsFresh(entry, syncTimes.For(entry.Platform), now) || !checker.IsConfigured(entry.Platform))
                    continue;
                if (!due.TryGetValue(entry.Platform, out var list))
                    due[entry.Platform] = list = [];
                list.Add((i, entry));
            }
        }
        return due;
    }

    private bool IsFresh(PlatformAvailability entry, DateTimeOffset? feedConfirmedAt, DateTimeOffset now)
    {
        if (entry.Stale)
            return false;
        var verified = entry.LastVerifiedAt > feedConfirmedAt || feedConfirmedAt is null ? entry.LastVerifiedAt : feedConfirmedAt;
        return verified is not null && now - verified.Value < options.FreshFor;
    }

    private async Task<PlatformCheckResult?> CheckWithinAsync(string platform, List<(int Index, PlatformAvailability Entry)> entries, CancellationToken budget)
    {
        // A platform with an open circuit, a recent failure or no free token would only eat the budget: not asked.
        if (!checker.CanAnswerNow(platform))
            return null;
        try
        {
            return await checker.CheckAsync(platform, entries.Select(e => e.Entry.ShowId).Distinct(StringComparer.Ordinal).ToList(), budget);
        }
        catch (OperationCanceledException)
        {
            return null;
        }
    }

    private static PlatformAvailability Verify(PlatformAvailability entry, PlatformTitleStatus status, DateTimeOffset at) => entry with
    {
        Available = status.Available,
        Url = status.Url ?? entry.Url,
        PriceType = status.PriceType ?? entry.PriceType,
        Region = status.Region ?? entry.Region,
        LastVerifiedAt = at,
        Stale = false,
    };
}
