using MediaDiscovery.Core.Webhooks;

namespace MediaDiscovery.Functions.Webhooks;

/// <summary>
/// The body a platform posts (API.md), as the contract documents it. The handler reads the raw bytes itself
/// (<see cref="WebhookPayloadParser"/>): the signature covers them exactly, so they are verified before any parsing.
/// </summary>
/// <param name="Type">Always <c>availability.changed</c>.</param>
/// <param name="OccurredAt">When the change happened on the platform: ISO 8601 with an offset, not in the future.</param>
public sealed record AvailabilityChangedWebhookBody(string Type, DateTimeOffset OccurredAt, AvailabilityChangedWebhookData Data);

/// <param name="ExternalId">The platform's id of the title (<c>netflix:s123</c>, or the bare show id).</param>
/// <param name="Available">Whether the title can be watched on the platform now.</param>
/// <param name="PriceType">A lower-case word such as <c>subscription</c>, <c>rent</c>, <c>buy</c>, <c>free</c>.</param>
/// <param name="Region">An ISO 3166-1 alpha-2 code such as <c>US</c>.</param>
public sealed record AvailabilityChangedWebhookData(string ExternalId, bool Available, string? PriceType = null, string? Region = null);
