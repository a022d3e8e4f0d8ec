namespace MediaDiscovery.Core.Webhooks;

/// <summary>A validated <c>availability.changed</c> webhook: the platform says a title is (or is no longer) on it.</summary>
/// <param name="Platform">Canonical platform id, the same as the route's.</param>
/// <param name="ShowId">The title's <c>show_id</c> in that platform's catalog export.</param>
/// <param name="OccurredAt">When the change happened on the platform (not when it was delivered).</param>
public sealed record AvailabilityChangedWebhook(
    string Platform,
    string ShowId,
    bool Available,
    DateTimeOffset OccurredAt,
    Uri? Url,
    string? PriceType,
    string? Region)
{
    public const string EventType = "availability.changed";
}
