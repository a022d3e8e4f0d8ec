using System.Security.Claims;

namespace MediaDiscovery.Hosting.Security;

/// <summary>The outcome of validating one access token: its principal, or why it was refused.</summary>
public sealed record AccessTokenValidation(ClaimsPrincipal? Principal, string? Failure)
{
    public bool Succeeded => Principal is not null;

    public static AccessTokenValidation Valid(ClaimsPrincipal principal) => new(principal, null);

    public static AccessTokenValidation Refused(string failure) => new(null, failure);
}
