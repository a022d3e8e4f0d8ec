using MediaDiscovery.Core.Catalog;

namespace MediaDiscovery.Core.Availability.Sweep;

/// <summary>
/// Chooses the due titles of each platform and orders them by urgency: stale first, then by how overdue the last
/// verification is, weighted up by popularity (critic and audience scores), watchlist count and recency. No I/O.
/// </summary>
public static class SweepPlanner
{
    /// <param name="titlesByPlatform">Every title with an entry on the platform.</param>
    /// <param name="feedConfirmedAt">When each platform's feed last confirmed its catalog (counts as a verification).</param>
    /// <param name="watchers">Watchlist count per title id, when known.</param>
    public static SweepPlan Plan(
        string sweepId,
        IReadOnlyDictionary<string, IReadOnlyList<Title>> titlesByPlatform,
        Func<string, DateTimeOffset?> feedConfirmedAt,
        IReadOnlyDictionary<string, int>? watchers,
        DateTimeOffset now,
        SweepPlanningOptions options)
    {
        var platforms = new List<PlatformSweepPlan>();
        foreach (var (platform, titles) in titlesByPlatform.OrderBy(kv => kv.Key, StringComparer.Ordinal))
        {
            var due = titles
                .Select(t => (Title: t, Entry: t.Availability.FirstOrDefault(a => a.Platform == platform)))
                .Where(x => x.Entry is not null)
                .Select(x => (x.Title.Id, Urgency: Urgency(x.Title, x.Entry!, feedConfirmedAt(platform), watchers, now, options)))
                .Where(x => x.Urgency > 0)
                .OrderByDescending(x => x.Urgency)
                .ThenBy(x => x.Id, StringComparer.Ordinal)
                .Take(Math.Max(0, options.MaxTitlesPerPlatform))
                .Select(x => x.Id)
                .ToList();
            if (due.Count == 0)
                continue;
            var size = Math.Max(1, options.BatchSize);
            var batches = due.Chunk(size).Select((ids, i) => new SweepBatch($"{platform}-{i:D4}", ids)).ToList();
            platforms.Add(new PlatformSweepPlan(platform, batches));
        }
        return new SweepPlan(sweepId, now, platforms);
    }

    /// <summary>0 = not due; otherwise larger is more urgent.</summary>
    public static double Urgency(
        Title title, PlatformAvailability entry, DateTimeOffset? feedConfirmedAt, IReadOnlyDictionary<string, int>? watchers,
        DateTimeOffset now, SweepPlanningOptions options)
    {
        var verified = Max(entry.LastVerifiedAt, feedConfirmedAt);
        var age = verified is null ? TimeSpan.MaxValue : now - verified.Value;
        if (!entry.Stale && verified is not null && age < options.DueAfter)
            return 0;
        // How overdue, in units of DueAfter, capped so a never-verified title does not drown popularity.
        var overdue = verified is null || options.DueAfter <= TimeSpan.Zero
            ? 10.0
            : Math.Min(10.0, age.TotalSeconds / options.DueAfter.TotalSeconds);
        var weight = 1.0 + Popularity(title) + Math.Log(1 + (watchers?.GetValueOrDefault(title.Id) ?? 0)) + Recency(title, now);
        return (entry.Stale ? 100.0 : 0.0) + overdue * weight;
    }

    private static double Popularity(Title title) =>
        Math.Max((title.Scores.RottenTomatoes ?? 0) / 100.0, (title.Scores.Imdb ?? 0) / 10.0);

    // Recent titles change platforms most often (licensing windows).
    private static double Recency(Title title, DateTimeOffset now) =>
        title.ReleaseYear is { } year ? Math.Clamp(1.0 - (now.Year - year) / 5.0, 0.0, 1.0) : 0.0;

    private static DateTimeOffset? Max(DateTimeOffset? a, DateTimeOffset? b) =>
        a is null ? b : b is null ? a : (a > b ? a : b);
}
