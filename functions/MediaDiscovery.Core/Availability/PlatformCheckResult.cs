namespace MediaDiscovery.Core.Availability;

/// <summary>What a platform said about one of its shows.</summary>
public sealed record PlatformTitleStatus(string ShowId, bool Available, string? Url, string? PriceType, string? Region);

/// <summary>
/// A platform's answer for a batch of show ids, or why there is none (<see cref="Failure"/>: <c>timeout</c>,
/// <c>circuit-open</c>, <c>rate-limited</c>, <c>http-503</c>, <c>not-configured</c>, ...).
/// </summary>
public sealed record PlatformCheckResult(string Platform, IReadOnlyList<PlatformTitleStatus> Titles, string? Failure)
{
    public bool Succeeded => Failure is null;

    public static PlatformCheckResult Failed(string platform, string failure) => new(platform, [], failure);
}
