using System.Text.Json;
using System.Text.Json.Serialization;

namespace MediaDiscovery.Functions.Webhooks;

/// <summary>Source-generated serialisation of the Webhooks function's wire types.</summary>
[JsonSourceGenerationOptions(JsonSerializerDefaults.Web)]
[JsonSerializable(typeof(WebhookAcceptedResponse))]
[JsonSerializable(typeof(AvailabilityChangedWebhookBody))]
public sealed partial class WebhooksJsonContext : JsonSerializerContext;
