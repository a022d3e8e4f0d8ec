using System.Collections.Concurrent;
using System.Runtime.CompilerServices;
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
    private static readonly ConcurrentDictionary<string, string>.AlternateLookup<ReadOnlySpan<char>> StemsBySpan =
        Stems.GetAlternateLookup<ReadOnlySpan<char>>();

    // ConcurrentDictionary.Count takes every lock: counted here instead.
    private static int cachedStems;

    // Runs over every catalog document when the index is built (at start-up, before tiered JIT has optimised it).
    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    public static void Tokenize(ReadOnlySpan<char> text, List<string> into)
    {
        ArgumentNullException.ThrowIfNull(into);
        Span<char> buffer = stackalloc char[128];
        var length = 0;
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
                if (fold < 0)
                    continue;
                if (length + 2 > buffer.Length)
                {
                    var larger = new char[buffer.Length * 2];
                    buffer[..length].CopyTo(larger);
                    buffer = larger;
                }
                length += new Rune(fold).EncodeToUtf16(buffer[length..]);
            }
            else if (inToken)
            {
                into.Add(StemOf(buffer[..length]));
                length = 0;
                inToken = false;
            }
        }
        if (inToken)
            into.Add(StemOf(buffer[..length]));
    }

    /// <summary>FTS5's porter stem of an already folded token.</summary>
    public static string Stem(string foldedToken)
    {
        ArgumentNullException.ThrowIfNull(foldedToken);
        return StemOf(foldedToken);
    }

    private static string StemOf(ReadOnlySpan<char> token)
    {
        if (StemsBySpan.TryGetValue(token, out var stem))
            return stem;
        var word = token.ToString();
        stem = Fts5Porter.Stem(word);
        if (Volatile.Read(ref cachedStems) < MaxCachedStems && Stems.TryAdd(word, stem))
            Interlocked.Increment(ref cachedStems);
        return stem;
    }
}
