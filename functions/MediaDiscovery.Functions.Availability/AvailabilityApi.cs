using MediaDiscovery.Core.Catalog;
using MediaDiscovery.Core.Ports;
using MediaDiscovery.Hosting;
using MediaDiscovery.Hosting.Contracts;
using MediaDiscovery.Hosting.Problems;
using MediaDiscovery.Hosting.Security;
using Microsoft.AspNetCore.Http.HttpResults;

namespace MediaDiscovery.Functions.Availability;

/// <summary>Where a title can be watched, per platform, with when that was last verified.</summary>
public static class AvailabilityApi
{
    public static IEndpointRouteBuilder MapAvailabilityApi(this IEndpointRouteBuilder app)
    {
        app.MapGroup("/api/v1").WithTags("Availability").AllowPublic()
            .MapGet("/content/{id}/availability", GetAvailabilityAsync).WithName("GetContentAvailability")
            .WithSummary("Where a title can be watched")
            .WithDescription("The title's availability per platform, verified with the platform when the stored answer is stale. 404 when the id is unknown.")
            .ProducesProblem(StatusCodes.Status404NotFound);
        return app;
    }

    private static async Task<Results<Ok<TitleAvailabilityResponse>, ProblemHttpResult>> GetAvailabilityAsync(
        string id, ICatalogStore store, FeedSyncTimes syncTimes, CancellationToken ct)
    {
        var title = TitleIds.IsWellFormed(id) ? await store.GetAsync(id, ct) : null;
        if (title is null)
            return ApiProblems.UnknownTitle(id);
        await syncTimes.RefreshAsync(ct);
        var availability = title.Availability.Select(a => AvailabilityView.From(a, syncTimes.For(a.Platform))).ToList();
        return TypedResults.Ok(new TitleAvailabilityResponse(title.Id, title.Name, availability));
    }
}
