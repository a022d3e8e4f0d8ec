using System.Text.RegularExpressions;

namespace MediaDiscovery.Core.Catalog.Ingestion;

/// <summary>
/// A leading possessive credit in a platform's title ("Marvel Studios' Avengers: Endgame", "Dr. Seuss' The Lorax",
/// "Tom Clancy's Jack Ryan"): platforms add it, score files and people mostly leave it out.
/// </summary>
public static partial class PossessiveCredit
{
    /// <summary>Longer names are no real titles (feeds allow 64K characters a field): not worth a regex.</summary>
    public const int MaxLength = 500;

    /// <summary>The title without its credit, or null when it has none or too little would remain ("Schitt's Creek").</summary>
    public static string? Strip(string name)
    {
        ArgumentNullException.ThrowIfNull(name);
        if (name.Length > MaxLength)
            return null;
        var match = Credit().Match(name);
        if (!match.Success)
            return null;
        var rest = match.Groups["rest"].Value.Trim();
        return rest.Split(' ', StringSplitOptions.RemoveEmptyEntries).Length >= 2 ? rest : null;
    }

    // The first possessive within four words, none of them with a colon (that would be a subtitle's possessive).
    [GeneratedRegex(@"^(?:[^\s:]+\s){0,3}?[^\s:]+(?:'s|s'|’s|s’)\s+(?<rest>\S.*)$", RegexOptions.CultureInvariant, matchTimeoutMilliseconds: 100)]
    private static partial Regex Credit();
}
