using System.Diagnostics.CodeAnalysis;

namespace MediaDiscovery.Core.Webhooks;

/// <summary>Either a validated webhook or the reasons it was refused (all of them, so one 400 tells the sender everything).</summary>
public sealed record WebhookPayloadParseResult
{
    private WebhookPayloadParseResult(AvailabilityChangedWebhook? value, IReadOnlyList<WebhookPayloadError> errors)
    {
        Value = value;
        Errors = errors;
    }

    public AvailabilityChangedWebhook? Value { get; }

    public IReadOnlyList<WebhookPayloadError> Errors { get; }

    [MemberNotNullWhen(true, nameof(Value))]
    public bool IsValid => Value is not null;

    internal static WebhookPayloadParseResult Valid(AvailabilityChangedWebhook value) => new(value, []);

    internal static WebhookPayloadParseResult Invalid(IReadOnlyList<WebhookPayloadError> errors) => new(null, errors);
}
