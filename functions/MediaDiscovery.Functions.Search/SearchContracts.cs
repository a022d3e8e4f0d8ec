using MediaDiscovery.Hosting.Contracts;

namespace MediaDiscovery.Functions.Search;

/// <summary>POST /api/v1/search request (API.md).</summary>
/// <param name="Retrieval">Optional: <c>hybrid</c> (default), or <c>bm25</c> / <c>vector</c> alone, for evaluation.</param>
public sealed record SearchRequestBody(
    string? Query = null, FiltersView? Filters = null, int? Limit = null, string? Cursor = null, string? Region = null, string? Retrieval = null);

/// <summary>The response without its metadata, which is what the query cache stores.</summary>
public sealed record SearchResponseBody(
    string Query,
    IntentView Intent,
    IReadOnlyList<TitleView> Results,
    int Total,
    string? NextCursor);

public sealed record SearchMetadata(double TookMs, bool CacheHit);

public sealed record SuggestionsResponse(string Query, IReadOnlyList<SuggestionView> Suggestions);

public sealed record SuggestionView(string Id, string Title, string Type, int? ReleaseYear);

public sealed record TitleListResponse(IReadOnlyList<TitleView> Results, string Basis);
