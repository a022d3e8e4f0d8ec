using System.Collections.Concurrent;
using System.Text;

namespace MediaDiscovery.Embedded.Search;

/// <summary>
/// The terms SQLite FTS5 indexes for a text with <c>tokenize = 'porter unicode61 remove_diacritics 2'</c>, in order,
/// one per token position: runs of token characters (<see cref="Fts5Unicode61"/>) folded to lower case without
/// diacritics, each stemmed by <see cref="Fts5Porter"/>. Lets BM25 be evaluated in memory on FTS5's own terms.
/// </summary>
public static class Fts5PorterTokenizer
{
    // Stems of words seen before: catalog text repeats its vocabulary; bounded so hostile queries cannot grow it.
    private const int MaxCachedStems = 200_000;
    private static readonly ConcurrentDictionary<string, string> Stems = new(StringComparer.Ordinal);

    public static void Tokenize(ReadOnlySpan<char> text, List<string> into)
    {
        ArgumentNullException.ThrowIfNull(into);
        var token = new StringBuilder();
        var inToken = false;
        var rest = text;
        while (!rest.IsEmpty)
        {
            Rune.DecodeFromUtf16(rest, out var rune, out var consumed);
            rest = rest[consumed..];
            var kind = Fts5Unicode61.Classify(rune, out var fold);
            if (kind == Fts5Unicode61.CharClass.TokenChar || (inToken && kind == Fts5Unicode61.CharClass.Diacritic))
            {
                inToken = true;
                if (fold >= 0)
                    token.Append(char.ConvertFromUtf32(fold));
            }
            else if (inToken)
            {
                Emit(token, into);
                inToken = false;
            }
        }
        if (inToken)
            Emit(token, into);
    }

    /// <summary>FTS5's porter stem of an already folded token.</summary>
    public static string Stem(string foldedToken)
    {
        ArgumentNullException.ThrowIfNull(foldedToken);
        if (Stems.TryGetValue(foldedToken, out var stem))
            return stem;
        stem = Fts5Porter.Stem(foldedToken);
        if (Stems.Count < MaxCachedStems)
            Stems.TryAdd(foldedToken, stem);
        return stem;
    }

    private static void Emit(StringBuilder token, List<string> into)
    {
        into.Add(Stem(token.ToString()));
        token.Clear();
    }
}
