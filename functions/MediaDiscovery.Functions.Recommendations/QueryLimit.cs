using System.Globalization;

namespace MediaDiscovery.Functions.Recommendations;

/// <summary>A <c>limit</c> query parameter, read as text so that "ten" or "1e9" get a message rather than a bare 400.</summary>
public static class QueryLimit
{
    public static int Parse(string? raw, int defaultLimit, int maxLimit, Dictionary<string, string[]> errors)
    {
        if (raw is null)
            return defaultLimit;
        if (int.TryParse(raw, NumberStyles.None, CultureInfo.InvariantCulture, out var limit) && limit >= 1 && limit <= maxLimit)
            return limit;
        errors["limit"] = [$"The limit must be an integer from 1 to {maxLimit}."];
        return defaultLimit;
    }
}
