using System.Text.Json;
using System.Text.Json.Serialization;

namespace MediaDiscovery.Functions.Search;

/// <summary>Source-generated serialisation of the Search function's wire types.</summary>
[JsonSourceGenerationOptions(JsonSerializerDefaults.Web, UseStringEnumConverter = true)]
[JsonSerializable(typeof(SearchRequestBody))]
[JsonSerializable(typeof(SearchResponseBody))]
[JsonSerializable(typeof(SearchMetadata))]
[JsonSerializable(typeof(SuggestionsResponse))]
[JsonSerializable(typeof(TitleListResponse))]
[JsonSerializable(typeof(ChangesResponse))]
public sealed partial class SearchJsonContext : JsonSerializerContext;
