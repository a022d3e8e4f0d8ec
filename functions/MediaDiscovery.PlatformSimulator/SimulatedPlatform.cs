using System.Collections.Concurrent;
using MediaDiscovery.Embedded.Platforms;

namespace MediaDiscovery.PlatformSimulator;

/// <summary>One simulated platform: the shows it carries (from its catalog feed, then as told), its faults, its counters.</summary>
public sealed class SimulatedPlatform(string platform, IEnumerable<PlatformAvailabilityItem> titles)
{
    private readonly ConcurrentDictionary<string, PlatformAvailabilityItem> titles =
        new(titles.Select(t => KeyValuePair.Create(t.ShowId, t)), StringComparer.Ordinal);

    private long requests;
    private long errors;
    private long throttled;
    private long stalled;

    public string Platform { get; } = platform;

    public SimulatorFaults Faults { get; set; } = SimulatorFaults.None;

    public int Count => titles.Count;

    public PlatformAvailabilityItem? Find(string showId) => titles.GetValueOrDefault(showId);

    public PlatformAvailabilityItem Put(PlatformAvailabilityItem item) => titles[item.ShowId] = item;

    public bool Remove(string showId) => titles.TryRemove(showId, out _);

    /// <summary>A show the platform does not carry is answered as not available.</summary>
    public PlatformAvailabilityResponse Answer(IReadOnlyList<string> showIds) => new(
        Platform,
        showIds.Select(id => titles.TryGetValue(id, out var t) ? t : new PlatformAvailabilityItem(id, false, null, null, null)).ToList());

    public SimulatorStats Stats => new(Platform, Count, Interlocked.Read(ref requests), Interlocked.Read(ref errors), Interlocked.Read(ref throttled), Interlocked.Read(ref stalled));

    public void CountRequest() => Interlocked.Increment(ref requests);

    public void CountError() => Interlocked.Increment(ref errors);

    public void CountThrottled() => Interlocked.Increment(ref throttled);

    public void CountStall() => Interlocked.Increment(ref stalled);
}

public sealed record SimulatorStats(string Platform, int Titles, long Requests, long Errors, long Throttled, long Stalled);
