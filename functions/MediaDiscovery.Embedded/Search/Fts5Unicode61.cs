using System.Runtime.CompilerServices;
using System.Text;

namespace MediaDiscovery.Embedded.Search;

/// <summary>
/// How SQLite FTS5's <c>unicode61 remove_diacritics 2</c> tokenizer reads a code point: ASCII letters and digits are
/// token characters folded to lower case; every other code point follows the generated table of its behaviour
/// (<c>Fts5Unicode61Table.cs</c>, read from SQLite itself), so categories and folds are SQLite's (Unicode 6.1 era),
/// not .NET's newer Unicode data.
/// </summary>
internal static partial class Fts5Unicode61
{
    public enum CharClass
    {
        /// <summary>Ends a token (or is skipped between tokens).</summary>
        Separator = 0,

        /// <summary>Starts or continues a token.</summary>
        TokenChar = 1,

        /// <summary>A diacritic: continues a token but cannot start one.</summary>
        Diacritic = 2,
    }

    private const int Drop = int.MinValue;

    /// <summary>The class of <paramref name="rune"/> and what it folds to (-1: nothing).</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static CharClass Classify(Rune rune, out int fold)
    {
        var c = rune.Value;
        if (c < 0x80)
        {
            if (c is >= 'a' and <= 'z' or >= '0' and <= '9')
            {
                fold = c;
                return CharClass.TokenChar;
            }
            if (c is >= 'A' and <= 'Z')
            {
                fold = c + 32;
                return CharClass.TokenChar;
            }
            fold = -1;
            return CharClass.Separator;
        }
        var runs = Runs;
        var run = FindRun(runs, c);
        var kind = (CharClass)runs[3 * run + 1];
        var delta = runs[3 * run + 2];
        fold = kind == CharClass.Separator || delta == Drop ? -1 : c + delta;
        return kind;
    }

    /// <summary>The last run starting at or before <paramref name="c"/>.</summary>
    private static int FindRun(ReadOnlySpan<int> runs, int c)
    {
        int lo = 0, hi = runs.Length / 3 - 1;
        while (lo < hi)
        {
            var mid = (lo + hi + 1) / 2;
            if (runs[3 * mid] <= c)
                lo = mid;
            else
                hi = mid - 1;
        }
        return lo;
    }
}
