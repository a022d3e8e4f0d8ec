using System.Net;
using System.Security.Claims;
using MediaDiscovery.Hosting.Problems;
using Microsoft.AspNetCore.Authentication;
using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.Logging;

namespace MediaDiscovery.Hosting.Security;

/// <summary>
/// Enforces each endpoint's <see cref="AccessPolicyMetadata"/>. Fails closed: an endpoint without a policy is
/// refused. A token that is presented must be valid (401 otherwise, even where anonymous callers are welcome);
/// an own-user endpoint needs <c>sub</c> equal to the named route value or query parameter unless the caller is
/// an admin (403 otherwise); internal event endpoints take only loopback callers (the Lambda Web Adapter).
/// </summary>
public sealed partial class AccessPolicyMiddleware(RequestDelegate next, ILogger<AccessPolicyMiddleware> logger)
{
    // Routing's stand-in endpoint for a known path with the wrong method: it answers 405 and serves nothing.
    private const string MethodNotAllowedEndpoint = "405 HTTP Method Not Supported";

    // Routing's stand-in when a body's content type is not one the endpoint accepts: it answers 415 itself.
    private const string UnsupportedMediaTypeEndpoint = "415 HTTP Unsupported Media Type";

    public async Task InvokeAsync(HttpContext context)
    {
        var endpoint = context.GetEndpoint();
        if (endpoint is null || endpoint.DisplayName is MethodNotAllowedEndpoint or UnsupportedMediaTypeEndpoint)
        {
            await next(context);
            return;
        }
        if (endpoint.Metadata.GetMetadata<AccessPolicyMetadata>() is not { } access)
        {
            LogNoPolicy(logger, endpoint.DisplayName ?? "(unnamed)");
            await ProblemWriter.WriteAsync(context, StatusCodes.Status403Forbidden, "Forbidden", "This endpoint is not open to callers.");
            return;
        }
        if (access.Policy is AccessPolicy.SignedWebhook)
        {
            await next(context);
            return;
        }
        if (access.Policy is AccessPolicy.InternalEvents)
        {
            if (IsLoopback(context.Connection.RemoteIpAddress))
                await next(context);
            else
                await ProblemWriter.WriteAsync(context, StatusCodes.Status403Forbidden, "Forbidden", "Events are accepted only from the platform.");
            return;
        }

        var authentication = await context.AuthenticateAsync(AccessTokenAuthenticationHandler.SchemeName);
        if (authentication.Failure is not null)
        {
            LogRefusedToken(logger, authentication.Failure.Message);
            await ChallengeAsync(context, "The access token is missing, malformed, expired, revoked or not for this API.", invalidToken: true);
            return;
        }
        var user = authentication.Principal;
        if (user is not null)
            context.User = user;

        switch (access.Policy)
        {
            case AccessPolicy.Public:
                await next(context);
                break;
            case AccessPolicy.OwnUser when user is null:
            case AccessPolicy.Admin when user is null:
                await ChallengeAsync(context, "This endpoint needs an access token.", invalidToken: false);
                break;
            case AccessPolicy.Admin when !user.IsInRole(AccessTokenClaims.AdminRole):
                await ProblemWriter.WriteAsync(context, StatusCodes.Status403Forbidden, "Forbidden", "This endpoint is for administrators.");
                break;
            case AccessPolicy.OwnUser when !IsOwnUser(context, user, access.UserIdParameter ?? "userId"):
                await ProblemWriter.WriteAsync(context, StatusCodes.Status403Forbidden, "Forbidden", "A user may only read and change their own data.");
                break;
            default:
                await next(context);
                break;
        }
    }

    private static bool IsOwnUser(HttpContext context, ClaimsPrincipal user, string parameter)
    {
        if (user.IsInRole(AccessTokenClaims.AdminRole))
            return true;
        var named = context.Request.RouteValues.TryGetValue(parameter, out var routeValue)
            ? routeValue?.ToString()
            : context.Request.Query[parameter].ToString();
        // A request that names no user (or names several) is refused rather than guessed at.
        return !string.IsNullOrEmpty(named) && named == user.FindFirst(AccessTokenClaims.Subject)?.Value;
    }

    // In-process hosts (tests) have no remote address; the Lambda Web Adapter calls from loopback.
    private static bool IsLoopback(IPAddress? address) => address is null || IPAddress.IsLoopback(address);

    private static Task ChallengeAsync(HttpContext context, string detail, bool invalidToken)
    {
        context.Response.Headers.WWWAuthenticate = invalidToken ? "Bearer error=\"invalid_token\"" : "Bearer";
        return ProblemWriter.WriteAsync(context, StatusCodes.Status401Unauthorized, "Unauthorized", detail);
    }

    [LoggerMessage(Level = LogLevel.Warning, Message = "Refused a request to {Endpoint}: it declares no access policy")]
    private static partial void LogNoPolicy(ILogger logger, string endpoint);

    [LoggerMessage(Level = LogLevel.Information, Message = "Refused an access token: {Reason}")]
    private static partial void LogRefusedToken(ILogger logger, string reason);
}
