using MediaDiscovery.Core.Catalog;
using MediaDiscovery.Core.Catalog.Ingestion;
using MediaDiscovery.Core.Ports;
using MediaDiscovery.Hosting;
using MediaDiscovery.Hosting.Contracts;
using MediaDiscovery.Hosting.OpenApi;
using MediaDiscovery.Hosting.Problems;
using MediaDiscovery.Hosting.Security;
using Microsoft.AspNetCore.Http.HttpResults;

namespace MediaDiscovery.Functions.Search;

/// <summary>Catalog reads: a title, the genres and the platforms with their counts.</summary>
public static class CatalogApi
{
    public static IEndpointRouteBuilder MapCatalogApi(this IEndpointRouteBuilder app)
    {
        var api = app.MapGroup("/api/v1").WithTags("Catalog").AllowPublic();
        api.MapGet("/content/{id}", GetContentAsync).WithName("GetContent")
            .WithSummary("One title")
            .WithDescription("A title with its availability on each platform. 404 when the id is unknown.")
            .ProducesProblem(StatusCodes.Status404NotFound)
            .WithResponseExample(StatusCodes.Status200OK, WireExamples.Title);
        api.MapGet("/genres", GetGenresAsync).WithName("ListGenres")
            .WithSummary("The genres")
            .WithDescription("Every genre of the taxonomy with how many titles have it.");
        api.MapGet("/platforms", GetPlatformsAsync).WithName("ListPlatforms")
            .WithSummary("The platforms")
            .WithDescription("Every streaming platform with how many titles it carries and when its catalog last synced.");
        return app;
    }

    private static async Task<Results<Ok<TitleView>, ProblemHttpResult>> GetContentAsync(
        string id, ICatalogStore store, FeedSyncTimes syncTimes, CancellationToken ct)
    {
        var title = TitleIds.IsWellFormed(id) ? await store.GetAsync(id, ct) : null;
        if (title is null)
            return ApiProblems.UnknownTitle(id);
        await syncTimes.RefreshAsync(ct);
        return TypedResults.Ok(TitleView.From(title, syncTimes));
    }

    private static async Task<Ok<GenresResponse>> GetGenresAsync(ICatalogStore store, CatalogTaxonomy taxonomy, CancellationToken ct)
    {
        var counts = await store.GetCountsAsync(ct);
        var genres = taxonomy.Genres
            .Select(g => new GenreView(g.Id, g.DisplayName, counts.ByGenre.GetValueOrDefault(g.Id)))
            .ToList();
        return TypedResults.Ok(new GenresResponse(genres));
    }

    private static async Task<Ok<PlatformsResponse>> GetPlatformsAsync(
        ICatalogStore store, FeedSyncTimes syncTimes, CatalogTaxonomy taxonomy, CancellationToken ct)
    {
        var counts = await store.GetCountsAsync(ct);
        await syncTimes.RefreshAsync(ct);
        var platforms = taxonomy.Platforms
            .Select(p => new PlatformView(p.Id, p.DisplayName, counts.ByPlatform.GetValueOrDefault(p.Id), syncTimes.For(p.Id)))
            .ToList();
        return TypedResults.Ok(new PlatformsResponse(platforms));
    }
}
