using System.Text.Json;
using System.Text.Json.Serialization;

namespace MediaDiscovery.Functions.Recommendations;

/// <summary>Source-generated serialisation of the Recommendations function's wire and cache types.</summary>
[JsonSourceGenerationOptions(JsonSerializerDefaults.Web, UseStringEnumConverter = true)]
[JsonSerializable(typeof(JsonElement))]
[JsonSerializable(typeof(UserEventRequest))]
[JsonSerializable(typeof(PreferencesRequest))]
[JsonSerializable(typeof(UserEventView))]
[JsonSerializable(typeof(HistoryResponse))]
[JsonSerializable(typeof(WatchlistResponse))]
[JsonSerializable(typeof(PreferencesView))]
[JsonSerializable(typeof(NotificationsResponse))]
[JsonSerializable(typeof(UserExport))]
[JsonSerializable(typeof(RecommendationsResponse))]
[JsonSerializable(typeof(TrainingResponse))]
[JsonSerializable(typeof(CachedRecommendationSet))]
public sealed partial class RecommendationsJsonContext : JsonSerializerContext;
