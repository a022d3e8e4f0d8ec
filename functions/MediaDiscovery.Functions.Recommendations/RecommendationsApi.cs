using System.Diagnostics;
using System.Text.Json;
using MediaDiscovery.Core.Catalog.Ingestion;
using MediaDiscovery.Core.Ports;
using MediaDiscovery.Hosting.Contracts;
using MediaDiscovery.Hosting.OpenApi;
using MediaDiscovery.Hosting.Problems;
using MediaDiscovery.Hosting.Security;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.AspNetCore.Mvc;

namespace MediaDiscovery.Functions.Recommendations;

/// <summary>
/// <c>GET /api/v1/recommendations</c>: a person's list from their history and preferences, cached per (user,
/// model, limit, platforms) until it expires or the user's data changes; and
/// <c>POST /api/v1/admin/recommendations/train</c>: retrain now and answer once the new model serves.
/// </summary>
public static class RecommendationsApi
{
    public const int DefaultLimit = 20;
    public const int MaxLimit = 100;

    private const string RecommendationsExample = $$"""
        {"userId":"alice","recommendations":[{"title":{{WireExamples.Title}},"score":0.87,"strategy":"collaborative",
          "reason":"Because you watched Dark"}],
         "platforms":["netflix","hulu"],"modelVersion":"2026-12-07T09:00:00Z","generatedAt":"2026-12-07T10:00:00+00:00",
         "expiresAt":"2026-12-07T10:15:00+00:00"}
        """;

    public static IEndpointRouteBuilder MapRecommendationsApi(this IEndpointRouteBuilder app)
    {
        var api = app.MapGroup("/api/v1").WithTags("Recommendations");
        api.MapGet("/recommendations", RecommendAsync).WithName("GetRecommendations")
            .WithSummary("Recommendations for a user")
            .WithDescription("A ranked list of titles for the user with the reason for each, from the most accurate strategy and re-ranked for variety; only titles on the user's platforms when set, never one already seen or listed.")
            .RequireOwnUser("userId")
            .WithResponseExample(StatusCodes.Status200OK, RecommendationsExample);
        api.MapPost("/admin/recommendations/train", TrainAsync).WithName("TrainRecommendations")
            .WithSummary("Retrain the recommendation model")
            .WithDescription("Trains on every user's events and the audience data, validates each strategy on held-out events and reports the result. Any request body is ignored. Administrators only.")
            .RequireAdmin()
            .Accepts<JsonElement>(isOptional: true, "application/json");
        return app;
    }

    private static async Task<Results<Ok<RecommendationsResponse>, ValidationProblem>> RecommendAsync(
        [FromQuery] string? userId,
        [FromQuery] string? limit,
        [FromQuery] string[]? platforms,
        [FromServices] RecommendationLists lists,
        [FromServices] CatalogTitleViews titles,
        [FromServices] CatalogTaxonomy taxonomy,
        CancellationToken ct)
    {
        var errors = UserApiChecks.UserIdErrors(userId);
        var take = QueryLimit.Parse(limit, DefaultLimit, MaxLimit, errors);
        var requested = ParsePlatforms(platforms, taxonomy, errors);
        if (errors.Count > 0)
            return ApiProblems.Validation(errors);
        var (list, modelVersion) = await lists.GetAsync(userId!, take, requested, ct);
        // Titles render from the catalog now, so availability is current even when the list is cached.
        var views = await titles.GetAsync(list.Items.Select(i => i.TitleId), ct);
        var recommendations = list.Items
            .Where(i => views.ContainsKey(i.TitleId))
            .Select(i => new RecommendationView(views[i.TitleId], i.Score, i.Strategy, i.Reason))
            .ToList();
        return TypedResults.Ok(new RecommendationsResponse(userId!, recommendations, list.Platforms, modelVersion, list.GeneratedAt, list.ExpiresAt));
    }

    private static async Task<Ok<TrainingResponse>> TrainAsync([FromServices] IRecommendationTraining training, CancellationToken ct)
    {
        var started = Stopwatch.GetTimestamp();
        var version = await training.TrainNowAsync(ct);
        var validation = training.CurrentValidation is { } v
            ? new TrainingValidation(v.People, Math.Round(v.CollaborativeRecall, 4), Math.Round(v.PopularityRecall, 4), v.Leader)
            : null;
        return TypedResults.Ok(new TrainingResponse(version, Math.Round(Stopwatch.GetElapsedTime(started).TotalMilliseconds, 1), validation));
    }

    /// <summary><c>platforms=netflix,hulu</c> or repeated <c>platforms=</c>; unknown ids are listed with the valid ones.</summary>
    private static List<string> ParsePlatforms(string[]? raw, CatalogTaxonomy taxonomy, Dictionary<string, string[]> errors)
    {
        if (raw is null || raw.Length == 0)
            return [];
        var values = raw.SelectMany(r => (r ?? "").Split(',', StringSplitOptions.TrimEntries | StringSplitOptions.RemoveEmptyEntries)).ToList();
        if (values.Count > PreferencesReader.MaxValues)
        {
            errors["platforms"] = [$"At most {PreferencesReader.MaxValues} values."];
            return [];
        }
        return PreferencesReader.Known(values, "platforms", taxonomy.Platforms.Select(p => p.Id).ToList(), errors);
    }
}
