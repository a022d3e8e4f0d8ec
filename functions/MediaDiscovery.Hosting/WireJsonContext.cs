using System.Text.Json;
using System.Text.Json.Serialization;
using MediaDiscovery.Core.Catalog.Sync;
using MediaDiscovery.Hosting.Contracts;
using MediaDiscovery.Hosting.Health;

namespace MediaDiscovery.Hosting;

/// <summary>Source-generated serialisation for every wire type the functions share.</summary>
[JsonSourceGenerationOptions(
    JsonSerializerDefaults.Web,
    UseStringEnumConverter = true,
    DefaultIgnoreCondition = JsonIgnoreCondition.Never)]
[JsonSerializable(typeof(HealthResponse))]
[JsonSerializable(typeof(TitleView))]
[JsonSerializable(typeof(TitleAvailabilityResponse))]
[JsonSerializable(typeof(GenresResponse))]
[JsonSerializable(typeof(PlatformsResponse))]
[JsonSerializable(typeof(SyncReport))]
[JsonSerializable(typeof(IntentView))]
[JsonSerializable(typeof(FiltersView))]
public sealed partial class WireJsonContext : JsonSerializerContext;
