using System.Buffers;

namespace MediaDiscovery.Core.Catalog.Ingestion;

/// <summary>Cleaning of raw feed text: invisible characters out (Hulu rows start with U+200B), whitespace trimmed.</summary>
internal static class FeedText
{
    private static readonly SearchValues<char> Invisible = SearchValues.Create("\u200B\u200C\u200D\u2060\uFEFF");

    /// <summary>The trimmed text without zero-width characters; <paramref name="stripped"/> says whether any were removed.</summary>
    public static string Clean(string raw, out bool stripped)
    {
        var span = raw.AsSpan();
        stripped = span.ContainsAny(Invisible);
        if (!stripped)
        {
            var trimmed = span.Trim();
            return trimmed.Length == span.Length ? raw : trimmed.ToString();
        }
        return RemoveInvisible(span).Trim();
    }

    public static string Clean(string raw) => Clean(raw, out _);

    /// <summary>Comma-separated parts, cleaned, empty parts dropped, duplicates dropped (first kept).</summary>
    public static IReadOnlyList<string> SplitList(string raw)
    {
        if (raw.Length == 0)
            return [];
        var parts = new List<string>();
        foreach (var range in raw.AsSpan().Split(','))
        {
            var part = Clean(raw[range]);
            if (part.Length > 0 && !parts.Contains(part, StringComparer.Ordinal))
                parts.Add(part);
        }
        return parts;
    }

    private static string RemoveInvisible(ReadOnlySpan<char> span)
    {
        var chars = new char[span.Length];
        var length = 0;
        foreach (var c in span)
        {
            if (!Invisible.Contains(c))
                chars[length++] = c;
        }
        return new string(chars, 0, length);
    }
}
