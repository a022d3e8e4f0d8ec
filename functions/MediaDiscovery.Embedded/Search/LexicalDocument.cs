using MediaDiscovery.Core.Catalog;

namespace MediaDiscovery.Embedded.Search;

/// <summary>The four indexed columns of a title.</summary>
internal sealed record LexicalDocument(string Title, string Description, string People, string Genres)
{
    public static LexicalDocument For(Title title, IReadOnlyDictionary<string, string> genreDisplayNames) => new(
        title.Name,
        title.Description,
        string.Join(", ", title.Cast.Concat(title.Directors)),
        GenreWords(title, genreDisplayNames));

    /// <summary>Genre ids as words ("science fiction") and display names when they say more ("Arts & Culture").</summary>
    private static string GenreWords(Title title, IReadOnlyDictionary<string, string> genreDisplayNames)
    {
        var words = new List<string>(title.Genres.Count * 2);
        foreach (var id in title.Genres)
        {
            var asWords = id.Replace('-', ' ');
            words.Add(asWords);
            if (genreDisplayNames.TryGetValue(id, out var display) && TitleNormaliser.Normalise(display) != asWords)
                words.Add(display);
        }
        return string.Join(", ", words);
    }
}
