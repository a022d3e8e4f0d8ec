using System.Text.Json;
using MediaDiscovery.Core.Catalog.Sync;
using MediaDiscovery.Hosting.Problems;
using MediaDiscovery.Hosting.Security;
using Microsoft.AspNetCore.Http.HttpResults;

namespace MediaDiscovery.Functions.CatalogSync;

/// <summary>
/// <c>POST /api/v1/admin/catalog/sync</c> runs a sync now and returns its report; the events path takes the
/// EventBridge schedule's event (what the Lambda Web Adapter passes through as a raw POST).
/// </summary>
public static class CatalogSyncApi
{
    private const int MaxEventBytes = 256 * 1024;

    public static IEndpointRouteBuilder MapCatalogSyncApi(this IEndpointRouteBuilder app, string eventsPath)
    {
        app.MapPost("/api/v1/admin/catalog/sync", SyncNowAsync).WithTags("Admin").WithName("SyncCatalog")
            .WithSummary("Sync the catalog now")
            .WithDescription("Reads every platform feed, applies the delta to the catalog and reports each feed's outcome. Administrators only.")
            .RequireAdmin();
        app.MapPost(eventsPath, HandleEventAsync).WithTags("Events").ExcludeFromDescription().InternalEvents();
        return app;
    }

    private static async Task<Results<Ok<SyncReport>, ProblemHttpResult>> SyncNowAsync(
        CatalogSyncRunner runner, CancellationToken ct, bool force = false)
    {
        if (!runner.IsConfigured)
            return TypedResults.Problem("No catalog feeds are configured.", statusCode: 503, title: "Unavailable", type: ProblemTypes.Unavailable);
        var report = await runner.RunAsync("admin", force, ct);
        return report is null ? ApiProblems.Conflict("A catalog sync is already running; try again when it ends.") : TypedResults.Ok(report);
    }

    private static async Task<Results<Ok<SyncReport>, ProblemHttpResult>> HandleEventAsync(
        HttpRequest request, CatalogSyncRunner runner, CancellationToken ct)
    {
        var (valid, force, error) = await ReadScheduleEventAsync(request, ct);
        if (!valid)
            return ApiProblems.BadRequest(error!);
        if (!runner.IsConfigured)
            return TypedResults.Problem("No catalog feeds are configured.", statusCode: 503, title: "Unavailable", type: ProblemTypes.Unavailable);
        var report = await runner.RunAsync("eventbridge", force, ct);
        return report is null ? ApiProblems.Conflict("A catalog sync is already running.") : TypedResults.Ok(report);
    }

    // Accepts EventBridge's scheduled event, or a custom event asking for a sync (detail.force optional).
    private static async Task<(bool Valid, bool Force, string? Error)> ReadScheduleEventAsync(HttpRequest request, CancellationToken ct)
    {
        if (request.ContentLength > MaxEventBytes)
            return (false, false, "The event is too large.");
        try
        {
            using var document = await JsonDocument.ParseAsync(request.Body, new JsonDocumentOptions { MaxDepth = 16 }, ct);
            var root = document.RootElement;
            if (root.ValueKind != JsonValueKind.Object || !root.TryGetProperty("detail-type", out var kind) || kind.ValueKind != JsonValueKind.String)
                return (false, false, "Expected an EventBridge event with a 'detail-type'.");
            var force = root.TryGetProperty("detail", out var detail) && detail.ValueKind == JsonValueKind.Object
                && detail.TryGetProperty("force", out var f) && f.ValueKind == JsonValueKind.True;
            return kind.GetString() is "Scheduled Event" or "CatalogSyncRequested"
                ? (true, force, null)
                : (false, false, $"Unsupported detail-type; expected 'Scheduled Event' or 'CatalogSyncRequested'.");
        }
        catch (JsonException)
        {
            return (false, false, "The event is not valid JSON.");
        }
    }
}
