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
    string? SourceId);
