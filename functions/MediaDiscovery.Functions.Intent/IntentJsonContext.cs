using System.Text.Json;
using System.Text.Json.Serialization;
using MediaDiscovery.Hosting.Contracts;

namespace MediaDiscovery.Functions.Intent;

/// <summary>Source-generated serialisation of the Intent function's own wire types.</summary>
[JsonSourceGenerationOptions(JsonSerializerDefaults.Web, DefaultIgnoreCondition = JsonIgnoreCondition.Never)]
[JsonSerializable(typeof(IntentRequest))]
[JsonSerializable(typeof(IntentView))]
public sealed partial class IntentJsonContext : JsonSerializerContext;
