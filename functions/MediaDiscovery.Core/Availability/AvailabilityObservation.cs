namespace MediaDiscovery.Core.Availability;

/// <summary>
/// What one source saw of one title on one platform at <paramref name="ObservedAt"/> (for a webhook: its
/// <c>occurredAt</c>). Recording it changes the stored availability only when it is newer than what is stored.
/// </summary>
/// <param name="SourceId">The webhook id, sweep execution or check id: the idempotency key of the observation.</param>
public sealed record AvailabilityObservation(
    string TitleId,
    string Platform,
    bool Available,
    string? Url,
    string? PriceType,
    string? Region,
    DateTimeOffset ObservedAt,
    AvailabilitySource Source,
    string? SourceId)
{
    /// <summary>The title's <c>show_id</c> on the platform, when the source knows it (a webhook does): needed to add
    /// an entry for a platform the title has none for yet.</summary>
    public string? ShowId { get; init; }
}
