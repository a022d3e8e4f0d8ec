namespace MediaDiscovery.Core.Catalog.Ingestion;

/// <summary>
/// A year a platform appends to tell same-named titles apart ("Aladdin (1992)", "The Italian Job (1969)"): the score
/// files and MovieLens list the bare name with the year in its own column.
/// </summary>
public static class DisambiguatingYear
{
    /// <summary>The name without a trailing " (YYYY)", or null when it has none or nothing would remain.</summary>
    public static string? Strip(string name)
    {
        ArgumentNullException.ThrowIfNull(name);
        var trimmed = name.AsSpan().TrimEnd();
        if (trimmed.Length < 8 || trimmed[^1] != ')' || trimmed[^6] != '(' || trimmed[^7] != ' ')
            return null;
        var digits = trimmed[^5..^1];
        foreach (var c in digits)
        {
            if (!char.IsAsciiDigit(c))
                return null;
        }
        var year = int.Parse(digits, provider: System.Globalization.CultureInfo.InvariantCulture);
        var rest = trimmed[..^7].TrimEnd();
        return year is >= 1880 and <= 2100 && rest.Length > 0 ? rest.ToString() : null;
    }
}
