using System.Diagnostics;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;

namespace MediaDiscovery.Hosting.Observability;

/// <summary>Latency per route template (never the raw path: ids would explode the metric's cardinality) and status.</summary>
public sealed class RequestMetricsMiddleware(RequestDelegate next, ApiMetrics metrics)
{
    public async Task InvokeAsync(HttpContext context)
    {
        var started = Stopwatch.GetTimestamp();
        try
        {
            await next(context);
        }
        finally
        {
            var route = context.GetEndpoint() is RouteEndpoint endpoint
                ? context.Request.Method + " /" + endpoint.RoutePattern.RawText?.TrimStart('/')
                : "unmatched";
            metrics.RequestCompleted(route, context.Response.StatusCode, Stopwatch.GetElapsedTime(started).TotalMilliseconds);
        }
    }
}
