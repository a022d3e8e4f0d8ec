using System.Text.Json;
using MediaDiscovery.Core.Catalog.Ingestion;
using MediaDiscovery.Core.Ports;
using MediaDiscovery.Hosting.OpenApi;
using MediaDiscovery.Hosting.Problems;
using MediaDiscovery.Hosting.Security;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.AspNetCore.Mvc;

namespace MediaDiscovery.Functions.Recommendations;

/// <summary>
/// A person's data: watchlist, preferences, notifications, export and erasure. Users are implicit (the token's
/// <c>sub</c>): reading a user with nothing stored gives empty lists, and erasure is 204 whether or not there was
/// anything to erase, so a retried DELETE succeeds.
/// </summary>
public static class UserDataApi
{
    public const int DefaultNotificationLimit = 50;
    public const int MaxNotificationLimit = 200;

    /// <summary>Bounds on an export, far above what one person produces; a store never streams unbounded.</summary>
    public const int MaxExportEvents = 100_000;
    public const int MaxExportNotifications = 10_000;

    public static IEndpointRouteBuilder MapUserDataApi(this IEndpointRouteBuilder app)
    {
        var users = app.MapGroup("/api/v1/users/{userId}").WithTags("Users");
        users.MapGet("/watchlist", GetWatchlistAsync).WithName("GetWatchlist")
            .WithSummary("A user's watchlist")
            .WithDescription("The titles the user saved, each with its availability.")
            .RequireOwnUser("userId");
        users.MapGet("/preferences", GetPreferencesAsync).WithName("GetPreferences")
            .WithSummary("A user's preferences")
            .WithDescription("Platforms, liked and avoided genres and the maximum age rating.")
            .RequireOwnUser("userId");
        users.MapPut("/preferences", PutPreferencesAsync).WithName("PutPreferences")
            .WithSummary("Set a user's preferences")
            .WithDescription("Replaces the user's preferences, validated against the taxonomy.")
            .RequireOwnUser("userId")
            .DocumentsBodyAs<PreferencesRequest>()
            .WithRequestExample("""{"platforms":["netflix","hulu"],"likedGenres":["comedy","documentary"],"avoidedGenres":["horror"],"maxMinAge":16}""");
        users.MapGet("/notifications", GetNotificationsAsync).WithName("GetNotifications")
            .WithSummary("A user's notifications")
            .WithDescription("Availability changes of titles on the user's watchlist.")
            .RequireOwnUser("userId");
        users.MapGet("/export", ExportAsync).WithName("ExportUser")
            .WithSummary("Export a user's data")
            .WithDescription("Everything stored about the user: preferences, watchlist, events and notifications.")
            .RequireOwnUser("userId");
        // Mapped outside the group: the group's pattern plus "" would end in a slash.
        app.MapDelete("/api/v1/users/{userId}", EraseAsync).WithTags("Users").WithName("EraseUser")
            .WithSummary("Erase a user")
            .WithDescription("Deletes everything stored about the user; the next trained model no longer includes them.")
            .RequireOwnUser("userId");
        return app;
    }

    private static async Task<Results<Ok<WatchlistResponse>, ValidationProblem>> GetWatchlistAsync(
        string userId, [FromServices] IUserStore store, [FromServices] CatalogTitleViews titles, CancellationToken ct)
    {
        var errors = UserApiChecks.UserIdErrors(userId);
        if (errors.Count > 0)
            return ApiProblems.Validation(errors);
        var entries = await store.GetWatchlistAsync(userId, ct);
        var views = await titles.GetAsync(entries.Select(e => e.TitleId), ct);
        var items = entries.Select(e => new WatchlistItemView(e.TitleId, e.AddedAt, views.GetValueOrDefault(e.TitleId))).ToList();
        return TypedResults.Ok(new WatchlistResponse(userId, items));
    }

    private static async Task<Results<Ok<PreferencesView>, ValidationProblem>> GetPreferencesAsync(
        string userId, [FromServices] IUserStore store, CancellationToken ct)
    {
        var errors = UserApiChecks.UserIdErrors(userId);
        if (errors.Count > 0)
            return ApiProblems.Validation(errors);
        return TypedResults.Ok(PreferencesView.From(await store.GetPreferencesAsync(userId, ct)));
    }

    private static async Task<Results<Ok<PreferencesView>, ValidationProblem>> PutPreferencesAsync(
        string userId,
        [FromBody] JsonElement body,
        [FromServices] IUserStore store,
        [FromServices] CatalogTaxonomy taxonomy,
        [FromServices] RecommendationCache cache,
        [FromServices] TimeProvider time,
        CancellationToken ct)
    {
        var preferences = PreferencesReader.Read(body, userId, taxonomy, time.GetUtcNow(), out var errors);
        if (preferences is null)
            return ApiProblems.Validation(errors);
        await store.SetPreferencesAsync(userId, preferences, ct);
        await cache.InvalidateAsync(userId, ct);
        return TypedResults.Ok(PreferencesView.From(preferences));
    }

    private static async Task<Results<Ok<NotificationsResponse>, ValidationProblem>> GetNotificationsAsync(
        string userId, [FromQuery] string? limit, [FromServices] IUserStore store, CancellationToken ct)
    {
        var errors = UserApiChecks.UserIdErrors(userId);
        var take = QueryLimit.Parse(limit, DefaultNotificationLimit, MaxNotificationLimit, errors);
        if (errors.Count > 0)
            return ApiProblems.Validation(errors);
        var notifications = await store.ListNotificationsAsync(userId, take, ct);
        return TypedResults.Ok(new NotificationsResponse(userId, notifications.Select(NotificationView.From).ToList()));
    }

    private static async Task<Results<Ok<UserExport>, ValidationProblem>> ExportAsync(
        string userId, [FromServices] IUserStore store, [FromServices] TimeProvider time, CancellationToken ct)
    {
        var errors = UserApiChecks.UserIdErrors(userId);
        if (errors.Count > 0)
            return ApiProblems.Validation(errors);
        var preferences = await store.GetPreferencesAsync(userId, ct);
        var watchlist = await store.GetWatchlistAsync(userId, ct);
        var events = await store.ListEventsAsync(userId, MaxExportEvents, ct);
        var notifications = await store.ListNotificationsAsync(userId, MaxExportNotifications, ct);
        return TypedResults.Ok(new UserExport(
            userId,
            time.GetUtcNow(),
            PreferencesView.From(preferences),
            watchlist.Select(w => new WatchlistEntryView(w.TitleId, w.AddedAt)).ToList(),
            events.Select(UserEventView.From).ToList(),
            notifications.Select(NotificationView.From).ToList()));
    }

    private static async Task<Results<NoContent, ValidationProblem>> EraseAsync(
        string userId, [FromServices] IUserStore store, [FromServices] RecommendationCache cache, CancellationToken ct)
    {
        var errors = UserApiChecks.UserIdErrors(userId);
        if (errors.Count > 0)
            return ApiProblems.Validation(errors);
        await store.EraseAsync(userId, ct);
        await cache.InvalidateAsync(userId, ct);
        return TypedResults.NoContent();
    }
}
