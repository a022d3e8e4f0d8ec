using MediaDiscovery.Embedded.Platforms;
using MediaDiscovery.Hosting.Problems;
using MediaDiscovery.Hosting.RateLimiting;
using MediaDiscovery.Hosting.Security;
using Microsoft.AspNetCore.Http.HttpResults;

namespace MediaDiscovery.PlatformSimulator;

/// <summary>
/// The simulated platforms' HTTP API under a prefix (<c>/simulator</c>): the availability API the adapters call,
/// and control endpoints to add, remove and re-price shows and to inject latency, errors, 429s and stalls.
/// </summary>
/// <remarks>Public and exempt from the API's rate limits: it stands in for the platforms' own services, which are
/// outside this system's access policy (their throttling is what the 429 fault simulates).</remarks>
public static class PlatformSimulatorApi
{
    private const int MaxShowIdsPerRequest = 1000;

    public static IEndpointRouteBuilder MapPlatformSimulator(this IEndpointRouteBuilder app, string prefix = "/simulator")
    {
        var group = app.MapGroup(prefix).WithTags("Simulator").ExcludeFromDescription().AllowPublic().ExemptFromRateLimits();
        group.MapPost("/{platform}/availability", AvailabilityAsync);
        group.MapGet("/{platform}/titles/{showId}", GetTitle);
        group.MapPut("/{platform}/titles/{showId}", PutTitle);
        group.MapDelete("/{platform}/titles/{showId}", DeleteTitle);
        group.MapGet("/{platform}/faults", GetFaults);
        group.MapPut("/{platform}/faults", PutFaults);
        group.MapDelete("/{platform}/faults", ClearFaults);
        group.MapGet("/{platform}/stats", GetStats);
        return app;
    }

    private static async Task<Results<Ok<PlatformAvailabilityResponse>, ProblemHttpResult, ValidationProblem, StatusCodeHttpResult>> AvailabilityAsync(
        string platform, PlatformAvailabilityRequest body, HttpContext context, PlatformSimulator simulator, IConfiguration configuration, CancellationToken ct)
    {
        if (simulator.Find(platform) is not { } simulated)
            return UnknownPlatform(platform);
        if (configuration[$"Simulator:ApiKeys:{platform}"] is { Length: > 0 } key && context.Request.Headers["X-Api-Key"] != key)
            return TypedResults.Problem("A valid X-Api-Key is required.", statusCode: 401, title: "Unauthorized");
        if (body.ShowIds is null || body.ShowIds.Count > MaxShowIdsPerRequest || body.ShowIds.Any(string.IsNullOrWhiteSpace))
            return ApiProblems.Validation(new Dictionary<string, string[]> { ["showIds"] = [$"1..{MaxShowIdsPerRequest} non-empty show ids are required."] });

        simulated.CountRequest();
        var faults = simulated.Faults;
        if (faults.LatencyMs > 0)
            await Task.Delay(faults.LatencyMs, ct);
        if (Happens(faults.StallRate))
        {
            simulated.CountStall();
            await Task.Delay(faults.StallMs, ct);
        }
        if (Happens(faults.ErrorRate))
        {
            simulated.CountError();
            return TypedResults.StatusCode(StatusCodes.Status503ServiceUnavailable);
        }
        if (Happens(faults.ThrottleRate))
        {
            simulated.CountThrottled();
            context.Response.Headers.RetryAfter = faults.RetryAfterSeconds.ToString(System.Globalization.CultureInfo.InvariantCulture);
            return TypedResults.StatusCode(StatusCodes.Status429TooManyRequests);
        }
        return TypedResults.Ok(simulated.Answer(body.ShowIds));
    }

    private static Results<Ok<PlatformAvailabilityItem>, ProblemHttpResult> GetTitle(string platform, string showId, PlatformSimulator simulator) =>
        simulator.Find(platform) is not { } simulated ? UnknownPlatform(platform)
        : simulated.Find(showId) is { } item ? TypedResults.Ok(item)
        : ApiProblems.NotFound($"Platform '{platform}' does not carry show '{showId}'.");

    private static Results<Ok<PlatformAvailabilityItem>, ProblemHttpResult> PutTitle(
        string platform, string showId, SimulatedTitleBody? body, PlatformSimulator simulator)
    {
        if (simulator.Find(platform) is not { } simulated)
            return UnknownPlatform(platform);
        var existing = simulated.Find(showId);
        var item = new PlatformAvailabilityItem(
            showId, true, body?.Url ?? existing?.Url, body?.PriceType ?? existing?.PriceType ?? "subscription", body?.Region ?? existing?.Region ?? "US");
        return TypedResults.Ok(simulated.Put(item));
    }

    private static Results<NoContent, ProblemHttpResult> DeleteTitle(string platform, string showId, PlatformSimulator simulator) =>
        simulator.Find(platform) is not { } simulated ? UnknownPlatform(platform)
        : simulated.Remove(showId) ? TypedResults.NoContent()
        : ApiProblems.NotFound($"Platform '{platform}' does not carry show '{showId}'.");

    private static Results<Ok<SimulatorFaults>, ProblemHttpResult> GetFaults(string platform, PlatformSimulator simulator) =>
        simulator.Find(platform) is { } simulated ? TypedResults.Ok(simulated.Faults) : UnknownPlatform(platform);

    private static Results<Ok<SimulatorFaults>, ValidationProblem, ProblemHttpResult> PutFaults(string platform, SimulatorFaults faults, PlatformSimulator simulator)
    {
        if (simulator.Find(platform) is not { } simulated)
            return UnknownPlatform(platform);
        var errors = faults.Validate();
        if (errors.Count > 0)
            return ApiProblems.Validation(errors);
        simulated.Faults = faults;
        return TypedResults.Ok(faults);
    }

    private static Results<Ok<SimulatorFaults>, ProblemHttpResult> ClearFaults(string platform, PlatformSimulator simulator)
    {
        if (simulator.Find(platform) is not { } simulated)
            return UnknownPlatform(platform);
        simulated.Faults = SimulatorFaults.None;
        return TypedResults.Ok(simulated.Faults);
    }

    private static Results<Ok<SimulatorStats>, ProblemHttpResult> GetStats(string platform, PlatformSimulator simulator) =>
        simulator.Find(platform) is { } simulated ? TypedResults.Ok(simulated.Stats) : UnknownPlatform(platform);

    private static ProblemHttpResult UnknownPlatform(string platform) => ApiProblems.NotFound($"There is no simulated platform '{platform}'.");

    private static bool Happens(double rate) => rate > 0 && Random.Shared.NextDouble() < rate;
}
