namespace MediaDiscovery.Core.Availability;

/// <summary>A recorded change of a title's availability on a platform: what changed, when, and who said so.</summary>
/// <param name="ChangeId">Stable for the observation that caused it, so recording it twice stores it once.</param>
/// <param name="OccurredAt">When it changed on the platform.</param>
/// <param name="RecordedAt">When this service applied it.</param>
public sealed record AvailabilityChange(
    string ChangeId,
    string TitleId,
    string Platform,
    AvailabilityChangeKind Kind,
    string? PriceTypeBefore,
    string? PriceTypeAfter,
    DateTimeOffset OccurredAt,
    DateTimeOffset RecordedAt,
    AvailabilitySource Source);
