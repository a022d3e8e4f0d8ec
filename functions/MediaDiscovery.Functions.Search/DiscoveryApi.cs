using MediaDiscovery.Core.Catalog;
using MediaDiscovery.Core.Ports;
using MediaDiscovery.Core.Search;
using MediaDiscovery.Hosting;
using MediaDiscovery.Hosting.Problems;
using MediaDiscovery.Hosting.Security;
using Microsoft.AspNetCore.Http.HttpResults;

namespace MediaDiscovery.Functions.Search;

/// <summary>Title completion, titles similar to a title, and what is trending.</summary>
public static class DiscoveryApi
{
    private const int MaxSuggestionQuery = 100;

    public static IEndpointRouteBuilder MapDiscoveryApi(this IEndpointRouteBuilder app)
    {
        var api = app.MapGroup("/api/v1").WithTags("Discovery").AllowPublic();
        api.MapGet("/search/suggestions", Suggest).WithName("SearchSuggestions")
            .WithSummary("Suggest titles as one types")
            .WithDescription("Typo-tolerant title completions for a partial query, best first.");
        api.MapGet("/content/{id}/similar", SimilarAsync).WithName("SimilarContent")
            .WithSummary("Titles similar to one title")
            .WithDescription("Titles close to the given one by content and audience, excluding the title itself. 404 when the id is unknown.")
            .ProducesProblem(StatusCodes.Status404NotFound);
        api.MapGet("/trending", TrendingAsync).WithName("Trending")
            .WithSummary("What is trending")
            .WithDescription("The most popular titles available now on any platform, by the catalog prior (audience ratings and recency).");
        return app;
    }

    private static Results<Ok<SuggestionsResponse>, ValidationProblem, ProblemHttpResult> Suggest(ITitleSuggester? suggester, string? q, int? limit)
    {
        if (suggester is null)
            return TypedResults.Problem("Suggestions need the embedded title index, which this deployment does not run.", statusCode: 503, type: ProblemTypes.Unavailable);
        var query = SearchRequestValidator.Clean(q ?? "");
        var errors = new Dictionary<string, string[]>();
        if (query.Length is 0 or > MaxSuggestionQuery)
            errors["q"] = [$"Give 1 to {MaxSuggestionQuery} characters."];
        if (limit is < 1 or > 20)
            errors["limit"] = ["The limit must be between 1 and 20."];
        if (errors.Count > 0)
            return ApiProblems.Validation(errors);
        var suggestions = suggester.Suggest(query, limit ?? 8)
            .Select(s => new SuggestionView(s.TitleId, s.Title, s.Type, s.ReleaseYear))
            .ToList();
        return TypedResults.Ok(new SuggestionsResponse(query, suggestions));
    }

    private static async Task<Results<Ok<TitleListResponse>, ProblemHttpResult, ValidationProblem>> SimilarAsync(
        string id, int? limit, IRetriever retriever, ITitleLookup titles, FeedSyncTimes syncTimes, CancellationToken ct)
    {
        if (limit is < 1 or > 100)
            return ApiProblems.Validation(new Dictionary<string, string[]> { ["limit"] = ["The limit must be between 1 and 100."] });
        if (!TitleIds.IsWellFormed(id) || (await titles.GetManyAsync([id], ct)).Count == 0)
            return ApiProblems.UnknownTitle(id);
        var neighbours = await retriever.NeighboursAsync(id, SearchFilters.None, limit ?? 20, ct);
        return TypedResults.Ok(await RenderAsync(neighbours, "similar", titles, syncTimes, ct));
    }

    // Until user events exist (issue 6) trending is the catalog prior: critic scores, availability, recency.
    private static async Task<Results<Ok<TitleListResponse>, ValidationProblem>> TrendingAsync(
        int? limit, IRetriever retriever, ITitleLookup titles, FeedSyncTimes syncTimes, CancellationToken ct)
    {
        if (limit is < 1 or > 100)
            return ApiProblems.Validation(new Dictionary<string, string[]> { ["limit"] = ["The limit must be between 1 and 100."] });
        var ranked = await retriever.RetrieveAsync(new RetrievalQuery("", new SearchFilters { AvailableNow = true }, limit ?? 20), ct);
        return TypedResults.Ok(await RenderAsync(ranked.Ranked, "catalog-prior", titles, syncTimes, ct));
    }

    private static async Task<TitleListResponse> RenderAsync(
        IReadOnlyList<RetrievedTitle> ranked, string basis, ITitleLookup titles, FeedSyncTimes syncTimes, CancellationToken ct)
    {
        var found = (await titles.GetManyAsync(ranked.Select(r => r.TitleId).ToList(), ct)).ToDictionary(t => t.Id, StringComparer.Ordinal);
        await syncTimes.RefreshAsync(ct);
        var results = ranked.Where(r => found.ContainsKey(r.TitleId))
            .Select(r => SearchResultViews.From(found[r.TitleId], r.Score, r.MatchedBy, syncTimes))
            .ToList();
        return new TitleListResponse(results, basis);
    }
}
