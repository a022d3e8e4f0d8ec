using System.Text.Json;
using System.Text.Json.Serialization;

namespace MediaDiscovery.Embedded.Platforms;

/// <summary><c>POST {BaseUrl}/availability</c>: the show ids to check.</summary>
public sealed record PlatformAvailabilityRequest(IReadOnlyList<string> ShowIds);

/// <summary>The platform's answer: one entry per show id asked.</summary>
public sealed record PlatformAvailabilityResponse(string Platform, IReadOnlyList<PlatformAvailabilityItem> Titles);

public sealed record PlatformAvailabilityItem(string ShowId, bool Available, string? Url, string? PriceType, string? Region);

[JsonSourceGenerationOptions(JsonSerializerDefaults.Web, DefaultIgnoreCondition = JsonIgnoreCondition.WhenWritingNull)]
[JsonSerializable(typeof(PlatformAvailabilityRequest))]
[JsonSerializable(typeof(PlatformAvailabilityResponse))]
public sealed partial class PlatformWireJsonContext : JsonSerializerContext;
