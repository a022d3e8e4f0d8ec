using System.Text.Json;
using System.Text.Json.Serialization;
using MediaDiscovery.Core.Catalog.Sync;
using MediaDiscovery.Hosting.Contracts;
using MediaDiscovery.Hosting.Health;
using MediaDiscovery.Hosting.Security;

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
[JsonSerializable(typeof(DevelopmentTokenRequest))]
[JsonSerializable(typeof(DevelopmentTokenResponse))]
public sealed partial class WireJsonContext : JsonSerializerContext;
