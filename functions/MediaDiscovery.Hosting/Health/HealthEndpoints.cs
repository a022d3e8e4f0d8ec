using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Diagnostics.HealthChecks;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;
using MediaDiscovery.Hosting.RateLimiting;
using MediaDiscovery.Hosting.Security;
using Microsoft.Extensions.Diagnostics.HealthChecks;

namespace MediaDiscovery.Hosting.Health;

/// <summary><c>/health</c>: the process is up. <c>/ready</c>: every dependency tagged "ready" answers.</summary>
public static class HealthEndpoints
{
    public static IEndpointRouteBuilder MapHealthEndpoints(this IEndpointRouteBuilder app)
    {
        app.MapHealthChecks("/health", new HealthCheckOptions { Predicate = _ => false, ResponseWriter = WriteAsync })
            .AllowPublic().ExemptFromRateLimits();
        app.MapHealthChecks("/ready", new HealthCheckOptions { Predicate = c => c.Tags.Contains("ready"), ResponseWriter = WriteAsync })
            .AllowPublic().ExemptFromRateLimits();
        return app;
    }

    private static Task WriteAsync(HttpContext context, HealthReport report)
    {
        var body = new HealthResponse(
            report.Status.ToString().ToLowerInvariant(),
            report.Entries.ToDictionary(e => e.Key, e => e.Value.Status.ToString().ToLowerInvariant()),
            report.Entries.Where(e => e.Value.Status != HealthStatus.Healthy && e.Value.Description is not null)
                .ToDictionary(e => e.Key, e => e.Value.Description!));
        context.Response.ContentType = "application/json";
        return context.Response.WriteAsJsonAsync(body, WireJsonContext.Default.HealthResponse);
    }
}

/// <param name="Reasons">Why each check that is not healthy is not (an operator's first question).</param>
public sealed record HealthResponse(string Status, Dictionary<string, string> Checks, Dictionary<string, string> Reasons);
