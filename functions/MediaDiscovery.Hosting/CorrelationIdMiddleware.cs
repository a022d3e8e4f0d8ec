using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.Logging;

namespace MediaDiscovery.Hosting;

/// <summary>
/// Every response carries <c>x-correlation-id</c> (the caller's, if well-formed, else a new one), and every log
/// line written while handling the request carries it as <c>correlationId</c>.
/// </summary>
public sealed class CorrelationIdMiddleware(RequestDelegate next, ILogger<CorrelationIdMiddleware> logger)
{
    public const string HeaderName = "x-correlation-id";

    public async Task InvokeAsync(HttpContext context)
    {
        var id = Accept(context.Request.Headers[HeaderName].ToString()) ?? Guid.NewGuid().ToString("N");
        context.TraceIdentifier = id;
        context.Response.Headers[HeaderName] = id;
        // The exception handler clears the response headers before writing its problem; put the id back.
        context.Response.OnStarting(() =>
        {
            context.Response.Headers[HeaderName] = id;
            return Task.CompletedTask;
        });
        using (logger.BeginScope(new Dictionary<string, object> { ["correlationId"] = id }))
            await next(context);
    }

    // Echoing arbitrary header values back would allow header and log injection.
    private static string? Accept(string candidate) =>
        candidate.Length is > 0 and <= 128 && candidate.All(c => char.IsAsciiLetterOrDigit(c) || c is '-' or '_' or '.')
            ? candidate
            : null;
}
