using System.Diagnostics;
using System.Security.Claims;
using MediaDiscovery.Core.Catalog.Ingestion;
using MediaDiscovery.Core.Ports;
using MediaDiscovery.Core.Search;
using MediaDiscovery.Hosting;
using MediaDiscovery.Hosting.Contracts;
using MediaDiscovery.Hosting.Observability;
using MediaDiscovery.Hosting.OpenApi;
using MediaDiscovery.Hosting.Problems;
using MediaDiscovery.Hosting.Security;
using Microsoft.AspNetCore.Http.HttpResults;

namespace MediaDiscovery.Functions.Search;

/// <summary>
/// <c>POST /api/v1/search</c>: validated, cached hybrid search with the intent that produced it, lifted by an
/// authenticated caller's taste (cached per user and taste).
/// </summary>
public static class SearchApi
{
    private static readonly TimeSpan CacheTtl = TimeSpan.FromMinutes(10);

    // A response with availability that could not be verified is cached briefly, so the next search asks again.
    private static readonly TimeSpan UnverifiedCacheTtl = TimeSpan.FromSeconds(30);

    private const string SearchExample = $$"""
        {"query":"feel-good comedy series on netflix",
         "intent":{"intent":"search","filters":{"types":["series"],"genres":["comedy"],"excludeGenres":[],"platforms":["netflix"],
           "countries":[],"releaseYear":{"min":null,"max":null},"runtimeMinutes":{"min":null,"max":null},"maxMinAge":null,
           "people":[],"availableNow":false},
           "similarTo":null,"text":"feel-good","source":"rules","confidence":0.95,"unsupported":[]},
         "results":[{{WireExamples.Title}}],"total":17,"nextCursor":"c1.eyJvIjoxMH0"}
        """;

    public static IEndpointRouteBuilder MapSearchApi(this IEndpointRouteBuilder app)
    {
        app.MapGroup("/api/v1").WithTags("Search").MapPost("/search", SearchAsync).WithName("Search")
            .WithSummary("Search in plain language")
            .WithDescription("Hybrid lexical and semantic search over the catalog. The query is understood as filters plus descriptive text; explicit filters override what was understood. Paged by an opaque cursor.")
            .AllowPublic()
            .Produces<SearchResponseBody>(StatusCodes.Status200OK, "application/json")
            .WithRequestExample("""{"query":"feel-good comedy series on netflix","limit":10}""")
            .WithResponseExample(StatusCodes.Status200OK, SearchExample)
            .WithResponseExample(StatusCodes.Status400BadRequest, WireExamples.ValidationProblem);
        return app;
    }

    private static async Task<Results<FileContentHttpResult, ValidationProblem>> SearchAsync(
        SearchRequestBody body,
        SearchService search,
        IQueryCache cache,
        CatalogVersionSource catalogVersion,
        FeedSyncTimes syncTimes,
        CatalogTaxonomy taxonomy,
        OnDemandAvailability availability,
        ApiMetrics metrics,
        PersonalSearchProfiles profiles,
        ClaimsPrincipal caller,
        CancellationToken ct)
    {
        var started = Stopwatch.GetTimestamp();
        var valid = SearchRequestValidator.Validate(body, taxonomy, out var errors);
        var fingerprint = valid is null ? "" : SearchCacheKey.QueryFingerprint(valid.Query + "|" + valid.Mode, valid.Filters);
        var offset = 0;
        if (valid is not null && body.Cursor is { } cursor && !SearchCursor.TryDecode(cursor, fingerprint, out offset))
            errors["cursor"] = ["The cursor is not one this query returned."];
        if (valid is null || errors.Count > 0)
            return ApiProblems.Validation(errors);

        var personal = await profiles.ForAsync(caller, ct);
        var key = SearchCacheKey.For(fingerprint, valid.Limit, offset, personal.CacheSegment, await catalogVersion.GetAsync(ct), await cache.GetGenerationAsync(ct));
        var cached = await cache.GetAsync(key, ct);
        metrics.CacheLookup("search", hit: cached is not null);
        if (cached is not null)
            return Json(SearchResponseWriter.WithMetadata(cached, ElapsedMs(started), cacheHit: true));

        var outcome = await search.SearchAsync(new SearchCommand(valid.Query, valid.Filters, valid.Limit, offset) { Mode = valid.Mode, Personal = personal.Boost }, ct);
        SearchResponseBody response;
        OnDemandAvailability.Verified verified;
        using (SearchTelemetry.Stage("availability"))
        {
            await syncTimes.RefreshAsync(ct);
            verified = await availability.VerifyAsync(outcome.Results.Select(r => r.Title).ToList(), syncTimes, ct);
            response = new SearchResponseBody(
                valid.Query,
                IntentView.From(outcome.Intent),
                outcome.Results.Select((r, i) => SearchResultViews.From(verified.Titles[i], r.Score, r.MatchedBy, syncTimes)).ToList(),
                outcome.Total,
                outcome.NextOffset is { } next ? SearchCursor.Encode(next, fingerprint) : null);
        }
        var bytes = SearchResponseWriter.Serialize(response);
        await cache.SetAsync(key, bytes, verified.Complete ? CacheTtl : UnverifiedCacheTtl, ct);
        return Json(SearchResponseWriter.WithMetadata(bytes, ElapsedMs(started), cacheHit: false));
    }

    private static FileContentHttpResult Json(byte[] bytes) => TypedResults.Bytes(bytes, "application/json");

    private static double ElapsedMs(long started) => Stopwatch.GetElapsedTime(started).TotalMilliseconds;
}
