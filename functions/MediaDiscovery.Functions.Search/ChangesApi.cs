using MediaDiscovery.Core.Availability.Feed;
using MediaDiscovery.Core.Catalog.Ingestion;
using MediaDiscovery.Core.Ports;
using MediaDiscovery.Hosting;
using MediaDiscovery.Hosting.Contracts;
using MediaDiscovery.Hosting.OpenApi;
using MediaDiscovery.Hosting.Problems;
using MediaDiscovery.Hosting.Security;
using Microsoft.AspNetCore.Http.HttpResults;

namespace MediaDiscovery.Functions.Search;

/// <summary>GET /api/v1/changes: what arrived on, and left, each platform (the "new and leaving" feed).</summary>
public static class ChangesApi
{
    private const string ChangesExample = $$"""
        {"items":[{"title":{{WireExamples.Title}},"platform":"netflix","kind":"added","at":"2016-07-15T00:00:00+00:00",
          "leavesOn":null,"source":"catalog"}],"nextCursor":"ZjF8MXx0X3h8bmV0ZmxpeA"}
        """;

    public static IEndpointRouteBuilder MapChangesApi(this IEndpointRouteBuilder app)
    {
        app.MapGroup("/api/v1").WithTags("Discovery").AllowPublic()
            .MapGet("/changes", ListAsync).WithName("AvailabilityChanges")
            .WithSummary("New on, and leaving, each platform")
            .WithDescription("Availability changes across platforms, newest first: catalog arrivals and recorded additions and removals, filtered by platform, kind, type and time, paged by an opaque cursor bound to the filters.")
            .WithResponseExample(StatusCodes.Status200OK, ChangesExample);
        return app;
    }

    private static async Task<Results<Ok<ChangesResponse>, ValidationProblem>> ListAsync(
        string? platforms, string? kinds, string? types, string? since, int? limit, string? cursor,
        AvailabilityFeed feed, ITitleLookup titles, FeedSyncTimes syncTimes, CatalogTaxonomy taxonomy, TimeProvider clock, CancellationToken ct)
    {
        if (ChangesRequestValidator.Validate(platforms, kinds, types, since, limit, cursor, taxonomy, clock.GetUtcNow(), out var errors) is not { } valid)
            return ApiProblems.Validation(errors);
        var page = await feed.QueryAsync(valid.Query, ct);
        var found = (await titles.GetManyAsync(page.Entries.Select(e => e.TitleId).Distinct(StringComparer.Ordinal).ToList(), ct))
            .ToDictionary(t => t.Id, StringComparer.Ordinal);
        await syncTimes.RefreshAsync(ct);
        var items = page.Entries
            .Where(e => found.ContainsKey(e.TitleId))
            .Select(e => new ChangeView(TitleView.From(found[e.TitleId], syncTimes), e.Platform, e.Kind.ToName(), e.At, e.LeavesOn, e.Source))
            .ToList();
        var next = page.Next is { } position ? ChangesCursor.Encode(position, valid.Fingerprint) : null;
        return TypedResults.Ok(new ChangesResponse(items, next));
    }
}
