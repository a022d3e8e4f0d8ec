using System.Text.Encodings.Web;
using Microsoft.AspNetCore.Authentication;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;

namespace MediaDiscovery.Hosting.Security;

/// <summary>
/// The <c>Bearer</c> authentication scheme: no Authorization header means anonymous; a bearer token is validated
/// by <see cref="AccessTokenValidator"/>; anything else fails. <see cref="AccessPolicyMiddleware"/> decides what a
/// failure or an anonymous caller may do.
/// </summary>
public sealed class AccessTokenAuthenticationHandler(
    IOptionsMonitor<AuthenticationSchemeOptions> options, ILoggerFactory logger, UrlEncoder encoder, AccessTokenValidator validator)
    : AuthenticationHandler<AuthenticationSchemeOptions>(options, logger, encoder)
{
    public const string SchemeName = "Bearer";

    protected override async Task<AuthenticateResult> HandleAuthenticateAsync()
    {
        var header = Request.Headers.Authorization;
        if (header.Count == 0)
            return AuthenticateResult.NoResult();
        var value = header.Count == 1 ? header[0] ?? "" : "";
        if (!value.StartsWith("Bearer ", StringComparison.OrdinalIgnoreCase))
            return AuthenticateResult.Fail("unsupported authorization scheme");
        var result = await validator.ValidateAsync(value["Bearer ".Length..].Trim(), Context.RequestAborted);
        return result.Succeeded
            ? AuthenticateResult.Success(new AuthenticationTicket(result.Principal!, SchemeName))
            : AuthenticateResult.Fail(result.Failure!);
    }
}
