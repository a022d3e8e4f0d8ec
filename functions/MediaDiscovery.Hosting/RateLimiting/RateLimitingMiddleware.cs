using System.Globalization;
using System.Security.Claims;
using MediaDiscovery.Core.Ports;
using MediaDiscovery.Core.RateLimiting;
using MediaDiscovery.Hosting.Observability;
using MediaDiscovery.Hosting.Problems;
using MediaDiscovery.Hosting.Security;
using Microsoft.AspNetCore.Authentication;
using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.Options;

namespace MediaDiscovery.Hosting.RateLimiting;

/// <summary>
/// One token per request from the caller's bucket: a valid token's <c>sub</c> (tier from its most generous role),
/// else the client address (anonymous tier; an invalid token counts as anonymous, so forging tokens buys
/// nothing). Every limited response carries <c>RateLimit-Limit/Remaining/Reset</c>; a refusal is 429
/// problem+json with <c>Retry-After</c>. Health probes and platform events are exempt.
/// </summary>
public sealed class RateLimitingMiddleware(RequestDelegate next, IRateLimitStore store, IOptions<RateLimitingOptions> options, ApiMetrics metrics)
{
    public async Task InvokeAsync(HttpContext context)
    {
        var settings = options.Value;
        var endpoint = context.GetEndpoint();
        if (!settings.Enabled || endpoint?.Metadata.GetMetadata<RateLimitExemptMetadata>() is not null
            || endpoint?.Metadata.GetMetadata<AccessPolicyMetadata>()?.Policy is AccessPolicy.InternalEvents)
        {
            await next(context);
            return;
        }

        var authentication = await context.AuthenticateAsync(AccessTokenAuthenticationHandler.SchemeName);
        var (key, tier) = Caller(context, authentication.Principal, settings);
        var decision = await store.TakeAsync(key, settings.LimitFor(tier), context.RequestAborted);
        var headers = context.Response.Headers;
        headers["RateLimit-Limit"] = decision.Limit.ToString(CultureInfo.InvariantCulture);
        headers["RateLimit-Remaining"] = decision.Remaining.ToString(CultureInfo.InvariantCulture);
        headers["RateLimit-Reset"] = Seconds(decision.ResetAfter);
        if (decision.Allowed)
        {
            await next(context);
            return;
        }
        metrics.RateLimited(tier);
        headers.RetryAfter = Seconds(decision.RetryAfter);
        await ProblemWriter.WriteAsync(context, StatusCodes.Status429TooManyRequests, "Too many requests",
            $"This client may make {decision.Limit} requests a minute; retry after the Retry-After delay.");
    }

    public static (string Key, string Tier) Caller(HttpContext context, ClaimsPrincipal? user, RateLimitingOptions settings)
    {
        if (user?.FindFirst(AccessTokenClaims.Subject)?.Value is { } subject)
        {
            var tier = user.IsInRole(AccessTokenClaims.AdminRole) ? RateLimitTiers.Admin
                : user.IsInRole(AccessTokenClaims.PremiumRole) ? RateLimitTiers.Premium
                : RateLimitTiers.User;
            return ("u:" + subject, tier);
        }
        return ("ip:" + ClientAddress.Of(context, settings), RateLimitTiers.Anonymous);
    }

    // Whole seconds, rounded up: a client that waits the advertised time always finds a token.
    private static string Seconds(TimeSpan span) =>
        ((long)Math.Ceiling(span.TotalSeconds)).ToString(CultureInfo.InvariantCulture);
}
