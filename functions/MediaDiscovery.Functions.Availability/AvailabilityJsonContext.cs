using System.Text.Json;
using System.Text.Json.Serialization;
using MediaDiscovery.Core.Availability;
using MediaDiscovery.Core.Availability.Sweep;

namespace MediaDiscovery.Functions.Availability;

[JsonSourceGenerationOptions(JsonSerializerDefaults.Web, DefaultIgnoreCondition = JsonIgnoreCondition.WhenWritingNull, UseStringEnumConverter = true)]
[JsonSerializable(typeof(SweepTaskInput))]
[JsonSerializable(typeof(SweepPlan))]
[JsonSerializable(typeof(SweepBatchResult))]
[JsonSerializable(typeof(SweepSummary))]
[JsonSerializable(typeof(PlatformSweepSummary))]
[JsonSerializable(typeof(Dictionary<string, PlatformCircuitState>))]
public sealed partial class AvailabilityJsonContext : JsonSerializerContext;
