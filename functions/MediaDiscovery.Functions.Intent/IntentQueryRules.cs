namespace MediaDiscovery.Functions.Intent;

/// <summary>What a query must be: 1..500 characters after trimming, no control characters.</summary>
public static class IntentQueryRules
{
    public const int MaxChars = 500;

    /// <summary>The problems with a query (empty when it is acceptable).</summary>
    public static string[] Check(string? query)
    {
        if (query is null)
            return ["query is required."];
        var trimmed = query.Trim();
        if (trimmed.Length == 0)
            return ["query must not be empty."];
        if (trimmed.Length > MaxChars)
            return [$"query must be at most {MaxChars} characters."];
        return trimmed.Any(char.IsControl) ? ["query must not contain control characters."] : [];
    }
}
