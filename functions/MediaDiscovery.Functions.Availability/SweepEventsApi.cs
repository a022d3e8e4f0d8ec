using MediaDiscovery.Core.Availability;
using MediaDiscovery.Core.Availability.Sweep;
using MediaDiscovery.Embedded.Platforms;
using MediaDiscovery.Hosting.Problems;
using MediaDiscovery.Hosting.Security;
using Microsoft.AspNetCore.Http.HttpResults;

namespace MediaDiscovery.Functions.Availability;

/// <summary>
/// The sweep's tasks as Step Functions invokes them (through the Lambda Web Adapter, a raw POST of the task input to
/// the events path), plus admin endpoints to run a sweep in process now and to see the platforms' circuits.
/// A platform that cannot be asked answers 503, so the state machine retries and then marks the batch stale.
/// </summary>
public static class SweepEventsApi
{
    public static IEndpointRouteBuilder MapSweepEventsApi(this IEndpointRouteBuilder app, string eventsPath = "/events")
    {
        app.MapPost(eventsPath, HandleTaskAsync).WithTags("Events").ExcludeFromDescription().InternalEvents();
        var admin = app.MapGroup("/api/v1/admin/availability").WithTags("Admin").RequireAdmin();
        admin.MapPost("/sweep", SweepNowAsync).WithName("SweepAvailability")
            .WithSummary("Run an availability sweep now")
            .WithDescription("Verifies every title's availability with each platform in batches and reports what changed. Administrators only.");
        admin.MapGet("/platforms", Circuits).WithName("PlatformCircuits")
            .WithSummary("Platform adapter health")
            .WithDescription("Each platform adapter's circuit state and recent failures. Administrators only.");
        return app;
    }

    private static async Task<Results<Ok<SweepPlan>, Ok<SweepBatchResult>, Ok<SweepSummary>, ProblemHttpResult, ValidationProblem>> HandleTaskAsync(
        SweepTaskInput input, AvailabilitySweep sweep, CancellationToken ct)
    {
        switch (input.Task)
        {
            case "plan-sweep":
                return TypedResults.Ok(await sweep.PlanAsync(input.SweepId, ct));
            case "check-batch":
                if (string.IsNullOrWhiteSpace(input.SweepId) || string.IsNullOrWhiteSpace(input.Platform) || input.Batch?.TitleIds is null)
                    return Invalid("check-batch needs sweepId, platform and batch { batchId, titleIds }.");
                try
                {
                    return TypedResults.Ok(await sweep.CheckBatchAsync(input.SweepId, input.Platform, input.Batch, ct));
                }
                catch (PlatformUnavailableException e)
                {
                    return TypedResults.Problem(e.Message, statusCode: 503, title: "Platform unavailable", type: ProblemTypes.Unavailable);
                }
            case "apply-sweep":
                if (string.IsNullOrWhiteSpace(input.SweepId) || input.Platforms is null || input.Platforms.Any(p => p?.BatchResults is null))
                    return Invalid("apply-sweep needs sweepId and platforms [ { platform, batchResults } ].");
                return TypedResults.Ok(await sweep.ApplyAsync(input.SweepId, input.Platforms, ct));
            default:
                return Invalid("task must be 'plan-sweep', 'check-batch' or 'apply-sweep'.");
        }
    }

    private static async Task<Results<Ok<SweepSummary>, ProblemHttpResult>> SweepNowAsync(InProcessSweepOrchestrator orchestrator, CancellationToken ct) =>
        await orchestrator.RunAsync(sweepId: null, ct) is { } summary
            ? TypedResults.Ok(summary)
            : ApiProblems.Conflict("An availability sweep is already running; try again when it ends.");

    private static Ok<Dictionary<string, PlatformCircuitState>> Circuits(HttpPlatformAvailabilityChecker checker) =>
        TypedResults.Ok(checker.Circuits.ToDictionary(kv => kv.Key, kv => kv.Value, StringComparer.Ordinal));

    private static ValidationProblem Invalid(string message) =>
        ApiProblems.Validation(new Dictionary<string, string[]> { ["task"] = [message] });
}
