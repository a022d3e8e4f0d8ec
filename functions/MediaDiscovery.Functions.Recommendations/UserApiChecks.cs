namespace MediaDiscovery.Functions.Recommendations;

/// <summary>The checks every user endpoint starts with.</summary>
public static class UserApiChecks
{
    /// <summary>An error list holding the user id's problem, if it has one; callers add theirs.</summary>
    public static Dictionary<string, string[]> UserIdErrors(string? userId)
    {
        var errors = new Dictionary<string, string[]>(StringComparer.Ordinal);
        if (!UserIds.IsWellFormed(userId))
            errors["userId"] = [userId is null ? "Required. " + UserIds.Rule : UserIds.Rule];
        return errors;
    }
}
