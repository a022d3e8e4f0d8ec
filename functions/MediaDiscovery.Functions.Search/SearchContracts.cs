using MediaDiscovery.Hosting.Contracts;

namespace MediaDiscovery.Functions.Search;

/// <summary>POST /api/v1/search request (API.md).</summary>
/// <param name="Retrieval">Optional: <c>hybrid</c> (default), or <c>bm25</c> / <c>vector</c> alone, for evaluation.</param>
public sealed record SearchRequestBody(string? Query, FiltersView? Filters, int? Limit, string? Cursor, string? Region, string? Retrieval = null);

/// <summary>One search result: the title as the catalog shows it, plus how it ranked.</summary>
public sealed record SearchResultView(
    string Id,
    string Title,
    string Type,
    int? ReleaseYear,
    IReadOnlyList<string> Genres,
    string? MaturityRating,
    int? MinAge,
    int? RuntimeMinutes,
    int? Seasons,
    IReadOnlyList<string> Countries,
    IReadOnlyList<string> Cast,
    IReadOnlyList<string> Directors,
    string Description,
    ScoresView Scores,
    IReadOnlyList<AvailabilityView> Availability,
    double Score,
    IReadOnlyList<string> MatchedBy);

/// <summary>The response without its metadata, which is what the query cache stores.</summary>
public sealed record SearchResponseBody(
    string Query,
    IntentView Intent,
    IReadOnlyList<SearchResultView> Results,
    int Total,
    string? NextCursor);

public sealed record SearchMetadata(double TookMs, bool CacheHit);

public sealed record SuggestionsResponse(string Query, IReadOnlyList<SuggestionView> Suggestions);

public sealed record SuggestionView(string Id, string Title, string Type, int? ReleaseYear);

public sealed record TitleListResponse(IReadOnlyList<SearchResultView> Results, string Basis);
