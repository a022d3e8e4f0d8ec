using System.Text.Json;
using System.Text.Json.Serialization;
using MediaDiscovery.Embedded.Platforms;

namespace MediaDiscovery.PlatformSimulator;

/// <summary><c>PUT /simulator/{platform}/titles/{showId}</c>: the show is (now) available, with these details.</summary>
public sealed record SimulatedTitleBody(string? PriceType, string? Url, string? Region);

[JsonSourceGenerationOptions(JsonSerializerDefaults.Web, DefaultIgnoreCondition = JsonIgnoreCondition.WhenWritingNull)]
[JsonSerializable(typeof(SimulatedTitleBody))]
[JsonSerializable(typeof(SimulatorFaults))]
[JsonSerializable(typeof(SimulatorStats))]
[JsonSerializable(typeof(PlatformAvailabilityRequest))]
[JsonSerializable(typeof(PlatformAvailabilityResponse))]
[JsonSerializable(typeof(PlatformAvailabilityItem))]
public sealed partial class PlatformSimulatorJsonContext : JsonSerializerContext;
