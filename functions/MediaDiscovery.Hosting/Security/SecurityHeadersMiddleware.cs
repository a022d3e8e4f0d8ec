using Microsoft.AspNetCore.Http;

namespace MediaDiscovery.Hosting.Security;

/// <summary>
/// Headers every response carries: no MIME sniffing, no framing (both the legacy header and CSP
/// frame-ancestors), no referrer leaks, and a CSP that lets a JSON API load nothing unless the response set its own
/// (the LocalHost's discovery page). Kestrel's Server header is off (<see cref="ServiceDefaults"/>).
/// </summary>
public sealed class SecurityHeadersMiddleware(RequestDelegate next)
{
    public Task InvokeAsync(HttpContext context)
    {
        context.Response.OnStarting(static state =>
        {
            var headers = ((HttpContext)state).Response.Headers;
            headers.XContentTypeOptions = "nosniff";
            headers.XFrameOptions = "DENY";
            if (string.IsNullOrEmpty(headers.ContentSecurityPolicy))
                headers.ContentSecurityPolicy = "default-src 'none'; frame-ancestors 'none'";
            headers["Referrer-Policy"] = "no-referrer";
            headers.Remove("Server");
            return Task.CompletedTask;
        }, context);
        return next(context);
    }
}
