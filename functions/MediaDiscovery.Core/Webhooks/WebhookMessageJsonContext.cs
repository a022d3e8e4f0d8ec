using System.Text.Json.Serialization;

namespace MediaDiscovery.Core.Webhooks;

/// <summary>Queued webhooks as stored (SQLite) and sent (SQS): source-generated, camelCase.</summary>
[JsonSourceGenerationOptions(PropertyNamingPolicy = JsonKnownNamingPolicy.CamelCase, DefaultIgnoreCondition = JsonIgnoreCondition.WhenWritingNull)]
[JsonSerializable(typeof(WebhookMessage))]
public sealed partial class WebhookMessageJsonContext : JsonSerializerContext;
