using System.Globalization;
using System.Security.Cryptography;
using System.Text;
using MediaDiscovery.Core.Catalog;

namespace MediaDiscovery.Core.Search;

/// <summary>What a title's embedding is computed from, and its hash (unchanged text = no re-embedding).</summary>
public static class EmbeddingText
{
    public static string For(Title t)
    {
        var sb = new StringBuilder(t.Name).Append(". ");
        sb.Append(t.Type == ContentType.Movie ? "Movie" : "Series");
        if (t.ReleaseYear is { } year)
            sb.Append(CultureInfo.InvariantCulture, $" ({year})");
        if (t.Genres.Count > 0)
            sb.Append(". Genres: ").AppendJoin(", ", t.Genres);
        sb.Append(". ").Append(t.Description);
        if (t.Cast.Count > 0)
            sb.Append(" Starring ").AppendJoin(", ", t.Cast.Take(5)).Append('.');
        if (t.Directors.Count > 0)
            sb.Append(" Directed by ").AppendJoin(", ", t.Directors).Append('.');
        return sb.ToString();
    }

    /// <summary>
    /// Name and synopsis alone: what a small sentence encoder (and GloVe) embeds best; cast and genre lists pull every
    /// title towards the same centre (ADR 0007, 0013). Filters and BM25 cover those fields.
    /// </summary>
    public static string NameAndDescription(Title t)
    {
        ArgumentNullException.ThrowIfNull(t);
        return $"{t.Name}. {t.Description}";
    }

    public static string Hash(Title t) => Hash(For(t));

    /// <summary>The same hash for another text choice (e.g. a vector model that embeds fewer fields).</summary>
    public static string Hash(string text) =>
        Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes(text)).AsSpan(0, 12));
}
