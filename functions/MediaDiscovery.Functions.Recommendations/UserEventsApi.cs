using System.Text.Json;
using MediaDiscovery.Core.Ports;
using MediaDiscovery.Core.Users;
using MediaDiscovery.Hosting.OpenApi;
using MediaDiscovery.Hosting.Problems;
using MediaDiscovery.Hosting.Security;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.AspNetCore.Mvc;

namespace MediaDiscovery.Functions.Recommendations;

/// <summary>
/// <c>POST /api/v1/users/{userId}/events</c> (what a person did with a title) and <c>GET .../history</c>.
/// A new event is 201; the same <c>eventId</c> again is 200 with the event as first stored (409 if the repeat
/// describes a different event), and changes nothing.
/// </summary>
public static class UserEventsApi
{
    public const int DefaultHistoryLimit = 50;
    public const int MaxHistoryLimit = 500;

    // How far back a repeated event id is looked up to answer with the stored event.
    private const int DuplicateLookback = 1000;

    public static IEndpointRouteBuilder MapUserEventsApi(this IEndpointRouteBuilder app)
    {
        var users = app.MapGroup("/api/v1/users/{userId}").WithTags("Users");
        users.MapPost("/events", PostEventAsync).WithName("PostUserEvent")
            .WithSummary("Record what a user did")
            .WithDescription("A view, a rating, or a watchlist addition or removal by the user. Idempotent per eventId: a repeat answers 200 with the stored event, a new event 201.")
            .RequireOwnUser("userId")
            .ProducesProblem(StatusCodes.Status404NotFound)
            .DocumentsBodyAs<UserEventRequest>()
            .WithRequestExample("""{"eventId":"ev-42","titleId":"t_0ea490da609ed4d1","kind":"rating","rating":4.5}""")
            .WithResponseExample(StatusCodes.Status201Created, """
                {"eventId":"ev-42","userId":"alice","titleId":"t_0ea490da609ed4d1","kind":"rating","rating":4.5,"completion":null,
                 "at":"2026-12-07T10:00:00+00:00"}
                """);
        users.MapGet("/history", GetHistoryAsync).WithName("GetUserHistory")
            .WithSummary("A user's history")
            .WithDescription("The user's recorded events.")
            .RequireOwnUser("userId");
        return app;
    }

    private static async Task<Results<Created<UserEventView>, Ok<UserEventView>, ValidationProblem, ProblemHttpResult>> PostEventAsync(
        string userId,
        [FromBody] JsonElement body,
        [FromServices] IUserStore store,
        [FromServices] CatalogTitleViews titles,
        [FromServices] RecommendationCache cache,
        [FromServices] TimeProvider time,
        CancellationToken ct)
    {
        var userEvent = UserEventReader.Read(body, userId, time.GetUtcNow(), out var errors);
        if (userEvent is null)
            return ApiProblems.Validation(errors);
        if (!await titles.ExistsAsync(userEvent.TitleId, ct))
            return ApiProblems.UnknownTitle(userEvent.TitleId);

        if (await store.AppendEventAsync(userEvent, ct) == AppendOutcome.Appended)
        {
            await cache.InvalidateAsync(userId, ct);
            return TypedResults.Created((string?)null, UserEventView.From(userEvent));
        }
        var stored = (await store.ListEventsAsync(userId, DuplicateLookback, ct)).FirstOrDefault(e => e.EventId == userEvent.EventId);
        if (stored is not null && !SameEvent(stored, userEvent, atGiven: body.TryGetProperty("at", out var at) && at.ValueKind != JsonValueKind.Null))
            return ApiProblems.Conflict($"The event id '{userEvent.EventId}' was already used for a different event.");
        return TypedResults.Ok(UserEventView.From(stored ?? userEvent));
    }

    private static async Task<Results<Ok<HistoryResponse>, ValidationProblem>> GetHistoryAsync(
        string userId, [FromQuery] string? limit, [FromServices] IUserStore store, CancellationToken ct)
    {
        var errors = UserApiChecks.UserIdErrors(userId);
        var take = QueryLimit.Parse(limit, DefaultHistoryLimit, MaxHistoryLimit, errors);
        if (errors.Count > 0)
            return ApiProblems.Validation(errors);
        var events = await store.ListEventsAsync(userId, take, ct);
        return TypedResults.Ok(new HistoryResponse(userId, events.Select(UserEventView.From).ToList()));
    }

    /// <summary>A retry is the same event: same title, kind, rating and completion, and the same time if the client gave one.</summary>
    private static bool SameEvent(UserEvent stored, UserEvent retry, bool atGiven) =>
        stored.TitleId == retry.TitleId && stored.Kind == retry.Kind && stored.Rating == retry.Rating
        && stored.Completion == retry.Completion && (!atGiven || stored.At == retry.At);
}
