using System.Text.Json.Serialization;

namespace MediaDiscovery.Core.Webhooks;

/// <summary>
/// The webhook wire format: source-generated, camelCase, case-sensitive. Duplicate members are refused: the
/// signature covers the bytes, and two readers must not disagree on which <c>available</c> counts.
/// </summary>
[JsonSourceGenerationOptions(
    PropertyNamingPolicy = JsonKnownNamingPolicy.CamelCase,
    PropertyNameCaseInsensitive = false,
    AllowDuplicateProperties = false,
    DefaultIgnoreCondition = JsonIgnoreCondition.WhenWritingNull)]
[JsonSerializable(typeof(WebhookPayload))]
public sealed partial class WebhookJsonContext : JsonSerializerContext;
