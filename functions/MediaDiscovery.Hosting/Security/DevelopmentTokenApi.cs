using MediaDiscovery.Hosting.Problems;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.AspNetCore.Routing;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;

namespace MediaDiscovery.Hosting.Security;

/// <summary>
/// <c>POST /api/v1/auth/dev-token</c>: <c>{"sub":"alice","roles":["user"]}</c> -> <c>{"accessToken":"..."}</c>.
/// Only the LocalHost maps it, and only in the Development environment: it hands any caller any identity.
/// </summary>
public static class DevelopmentTokenApi
{
    private static readonly HashSet<string> KnownRoles = [AccessTokenClaims.UserRole, AccessTokenClaims.PremiumRole, AccessTokenClaims.AdminRole];

    /// <summary>Trusts the development issuer's key alongside the configured ones.</summary>
    public static IServiceCollection AddDevelopmentTokenIssuer(this IServiceCollection services)
    {
        services.TryAddSingleton<DevelopmentTokenIssuer>();
        services.AddSingleton<ISigningKeySource>(sp => sp.GetRequiredService<DevelopmentTokenIssuer>());
        return services;
    }

    public static IEndpointRouteBuilder MapDevelopmentTokenApi(this IEndpointRouteBuilder app)
    {
        app.MapPost("/api/v1/auth/dev-token", Issue).WithTags("Development").WithName("IssueDevelopmentToken")
            .WithSummary("Issue a development token")
            .WithDescription("Development environments only: signs an access token for any user and roles, so the API can be tried without an identity provider.")
            .AllowPublic()
            .ProducesValidationProblem();
        return app;
    }

    private static Results<Ok<DevelopmentTokenResponse>, ValidationProblem> Issue(DevelopmentTokenRequest request, DevelopmentTokenIssuer issuer)
    {
        var errors = new Dictionary<string, string[]>();
        var subject = request.Sub?.Trim() ?? "";
        if (subject.Length is 0 or > 64 || !subject.All(c => char.IsAsciiLetterOrDigit(c) || c is '-' or '_' or '.' or '@'))
            errors["sub"] = ["Give a user id of 1 to 64 letters, digits, '-', '_', '.' or '@'."];
        var roles = request.Roles ?? [AccessTokenClaims.UserRole];
        if (roles.Count > 3 || roles.Any(r => !KnownRoles.Contains(r)))
            errors["roles"] = ["Roles are any of user, premium, admin."];
        if (errors.Count > 0)
            return ApiProblems.Validation(errors);
        var token = issuer.Issue(subject, roles.Distinct().ToList());
        return TypedResults.Ok(new DevelopmentTokenResponse(token, "Bearer", (int)DevelopmentTokenIssuer.Lifetime.TotalSeconds));
    }
}

public sealed record DevelopmentTokenRequest(string? Sub, IReadOnlyList<string>? Roles = null);

public sealed record DevelopmentTokenResponse(string AccessToken, string TokenType, int ExpiresIn);
