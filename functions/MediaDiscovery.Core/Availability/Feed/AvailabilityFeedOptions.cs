namespace MediaDiscovery.Core.Availability.Feed;

/// <summary><c>Changes</c> configuration.</summary>
public sealed record AvailabilityFeedOptions
{
    /// <summary>
    /// How long a built feed is served without news of a change. Where content changes reach the process (the
    /// LocalHost) a change rebuilds it sooner; where they do not (the Search Lambda), this bounds how stale it gets.
    /// </summary>
    public TimeSpan MaxAge { get; set; } = TimeSpan.FromMinutes(5);

    public void Validate()
    {
        if (MaxAge <= TimeSpan.Zero || MaxAge > TimeSpan.FromDays(1))
            throw new ArgumentOutOfRangeException(nameof(MaxAge), MaxAge, "Changes:MaxAge must be more than zero and at most one day.");
    }
}
