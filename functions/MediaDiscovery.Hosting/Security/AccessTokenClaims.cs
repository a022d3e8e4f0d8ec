namespace MediaDiscovery.Hosting.Security;

/// <summary>The claim and role names the platform relies on (seed 001's RBAC: user, premium, admin).</summary>
public static class AccessTokenClaims
{
    public const string Subject = "sub";
    public const string TokenId = "jti";
    public const string Role = "role";

    public const string UserRole = "user";
    public const string PremiumRole = "premium";
    public const string AdminRole = "admin";
}
