using System.Globalization;

namespace MediaDiscovery.Core.Catalog.Ingestion;

/// <summary>Display names of canonical genre ids: derived from the id, with the few that read better by hand.</summary>
internal static class GenreDisplayNames
{
    private static readonly Dictionary<string, string> HandWritten = new(StringComparer.Ordinal)
    {
        ["arts-culture"] = "Arts & Culture",
        ["health-fitness"] = "Health & Fitness",
        ["nature-science"] = "Nature & Science",
        ["lgbtq"] = "LGBTQ+",
        ["stand-up"] = "Stand-Up",
        ["game-show"] = "Game Show",
        ["talk-show"] = "Talk Show",
    };

    public static string For(string id)
    {
        if (HandWritten.TryGetValue(id, out var name))
            return name;
        var words = id.Split('-', StringSplitOptions.RemoveEmptyEntries);
        for (var i = 0; i < words.Length; i++)
            words[i] = char.ToUpper(words[i][0], CultureInfo.InvariantCulture) + words[i][1..];
        return string.Join(' ', words);
    }
}
