using System.Runtime.CompilerServices;
using System.Text;

namespace MediaDiscovery.Embedded.Search;

/// <summary>
/// SQLite FTS5's porter stemmer, step for step: it works on a token's UTF-8 bytes (non-ASCII bytes are consonants),
/// passes tokens shorter than 3 or longer than 64 bytes through, and follows FTS5's generated rule tables (which
/// differ in details from other Porter implementations, e.g. "logi" -> "log"). Same output as FTS5 for every token
/// (tested against SQLite over the real catalog's vocabulary).
/// </summary>
internal static class Fts5Porter
{
    private const int MaxToken = 64;

    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    public static string Stem(string token)
    {
        var length = Encoding.UTF8.GetByteCount(token);
        if (length is < 3 or > MaxToken)
            return token;
        Span<byte> buffer = stackalloc byte[MaxToken + 8];
        Encoding.UTF8.GetBytes(token, buffer);
        var n = length;
        Step1A(buffer, ref n);
        if (Step1B(buffer, ref n) && !Step1B2(buffer, ref n))
        {
            var c = buffer[n - 1];
            if (!IsVowel(c, false) && c != 'l' && c != 's' && c != 'z' && c == At(buffer, n - 2))
                n--;
            else if (MEq1(buffer[..n]) && OStar(buffer[..n]))
                buffer[n++] = (byte)'e';
        }
        if (buffer[n - 1] == 'y' && HasVowel(buffer[..(n - 1)]))
            buffer[n - 1] = (byte)'i';
        Step2(buffer, ref n);
        Step3(buffer, ref n);
        Step4(buffer, ref n);
        if (buffer[n - 1] == 'e' && (MGt1(buffer[..(n - 1)]) || (MEq1(buffer[..(n - 1)]) && !OStar(buffer[..(n - 1)]))))
            n--;
        if (n > 1 && buffer[n - 1] == 'l' && buffer[n - 2] == 'l' && MGt1(buffer[..(n - 1)]))
            n--;
        return n == length && token.Length == length && Unchanged(buffer[..n], token) ? token : Encoding.UTF8.GetString(buffer[..n]);
    }

    private static bool Unchanged(ReadOnlySpan<byte> bytes, string asciiToken)
    {
        for (var i = 0; i < bytes.Length; i++)
        {
            if (bytes[i] != asciiToken[i])
                return false;
        }
        return true;
    }

    // FTS5 reads the byte before a one-byte stem here (outside the token); no ASCII letter is assumed there.
    private static byte At(ReadOnlySpan<byte> b, int i) => i >= 0 ? b[i] : (byte)0;

    private static bool IsVowel(byte c, bool yIsVowel) => c is (byte)'a' or (byte)'e' or (byte)'i' or (byte)'o' or (byte)'u' || (yIsVowel && c == 'y');

    /// <summary>Past the first vowel-consonant sequence: the index after it, or 0 when there is none.</summary>
    private static int GobbleVowelConsonant(ReadOnlySpan<byte> stem, bool previousConsonant)
    {
        var consonant = previousConsonant;
        int i;
        for (i = 0; i < stem.Length; i++)
        {
            consonant = !IsVowel(stem[i], consonant);
            if (!consonant)
                break;
        }
        for (i++; i < stem.Length; i++)
        {
            consonant = !IsVowel(stem[i], consonant);
            if (consonant)
                return i + 1;
        }
        return 0;
    }

    private static bool MGt0(ReadOnlySpan<byte> stem) => GobbleVowelConsonant(stem, false) != 0;

    private static bool MGt1(ReadOnlySpan<byte> stem)
    {
        var n = GobbleVowelConsonant(stem, false);
        return n != 0 && GobbleVowelConsonant(stem[n..], true) != 0;
    }

    private static bool MEq1(ReadOnlySpan<byte> stem)
    {
        var n = GobbleVowelConsonant(stem, false);
        return n != 0 && GobbleVowelConsonant(stem[n..], true) == 0;
    }

    /// <summary>Ends consonant-vowel-consonant, the last not w, x or y.</summary>
    private static bool OStar(ReadOnlySpan<byte> stem)
    {
        var last = stem[^1];
        if (last is (byte)'w' or (byte)'x' or (byte)'y')
            return false;
        var mask = 0;
        var consonant = false;
        foreach (var c in stem)
        {
            consonant = !IsVowel(c, consonant);
            mask = (mask << 1) + (consonant ? 1 : 0);
        }
        return (mask & 0x7) == 0x5;
    }

    private static bool MGt1AndSOrT(ReadOnlySpan<byte> stem) => (stem[^1] == 's' || stem[^1] == 't') && MGt1(stem);

    private static bool HasVowel(ReadOnlySpan<byte> stem)
    {
        for (var i = 0; i < stem.Length; i++)
        {
            if (IsVowel(stem[i], i > 0))
                return true;
        }
        return false;
    }

    private static bool EndsWith(ReadOnlySpan<byte> b, int n, string suffix)
    {
        if (n <= suffix.Length)
            return false;
        for (var i = 0; i < suffix.Length; i++)
        {
            if (b[n - suffix.Length + i] != suffix[i])
                return false;
        }
        return true;
    }

    private static void Replace(Span<byte> b, ref int n, string suffix, string output)
    {
        var stem = n - suffix.Length;
        for (var i = 0; i < output.Length; i++)
            b[stem + i] = (byte)output[i];
        n = stem + output.Length;
    }

    private static void Step1A(Span<byte> b, ref int n)
    {
        if (b[n - 1] != 's')
            return;
        if (b[n - 2] == 'e')
            n -= (n > 4 && b[n - 4] == 's' && b[n - 3] == 's') || (n > 3 && b[n - 3] == 'i') ? 2 : 1;
        else if (b[n - 2] != 's')
            n--;
    }

    private static bool Step1B(Span<byte> b, ref int n)
    {
        switch (b[n - 2])
        {
            case (byte)'e':
                if (EndsWith(b, n, "eed"))
                {
                    if (MGt0(b[..(n - 3)]))
                        Replace(b, ref n, "eed", "ee");
                }
                else if (EndsWith(b, n, "ed") && HasVowel(b[..(n - 2)]))
                {
                    n -= 2;
                    return true;
                }
                break;
            case (byte)'n':
                if (EndsWith(b, n, "ing") && HasVowel(b[..(n - 3)]))
                {
                    n -= 3;
                    return true;
                }
                break;
        }
        return false;
    }

    private static bool Step1B2(Span<byte> b, ref int n)
    {
        switch (At(b, n - 2))
        {
            case (byte)'a' when EndsWith(b, n, "at"):
                Replace(b, ref n, "at", "ate");
                return true;
            case (byte)'b' when EndsWith(b, n, "bl"):
                Replace(b, ref n, "bl", "ble");
                return true;
            case (byte)'i' when EndsWith(b, n, "iz"):
                Replace(b, ref n, "iz", "ize");
                return true;
        }
        return false;
    }

    // Steps 2-4: at most one rule fires, chosen by the penultimate byte, then by the first matching suffix; a rule
    // whose condition fails ends the step.
    private static readonly (char Key, string Suffix, string Output)[] Step2Rules =
    [
        ('a', "ational", "ate"), ('a', "tional", "tion"), ('c', "enci", "ence"), ('c', "anci", "ance"), ('e', "izer", "ize"),
        ('g', "logi", "log"), ('l', "bli", "ble"), ('l', "alli", "al"), ('l', "entli", "ent"), ('l', "eli", "e"), ('l', "ousli", "ous"),
        ('o', "ization", "ize"), ('o', "ation", "ate"), ('o', "ator", "ate"), ('s', "alism", "al"), ('s', "iveness", "ive"),
        ('s', "fulness", "ful"), ('s', "ousness", "ous"), ('t', "aliti", "al"), ('t', "iviti", "ive"), ('t', "biliti", "ble"),
    ];

    private static readonly (char Key, string Suffix, string Output)[] Step3Rules =
    [
        ('a', "ical", "ic"), ('s', "ness", ""), ('t', "icate", "ic"), ('t', "iciti", "ic"), ('u', "ful", ""), ('v', "ative", ""), ('z', "alize", "al"),
    ];

    private static readonly (char Key, string Suffix, string Output)[] Step4Rules =
    [
        ('a', "al", ""), ('c', "ance", ""), ('c', "ence", ""), ('e', "er", ""), ('i', "ic", ""), ('l', "able", ""), ('l', "ible", ""),
        ('n', "ant", ""), ('n', "ement", ""), ('n', "ment", ""), ('n', "ent", ""), ('o', "ion", ""), ('o', "ou", ""), ('s', "ism", ""),
        ('t', "ate", ""), ('t', "iti", ""), ('u', "ous", ""), ('v', "ive", ""), ('z', "ize", ""),
    ];

    private static void Step2(Span<byte> b, ref int n) => ApplyFirst(b, ref n, Step2Rules, static stem => MGt0(stem));

    private static void Step3(Span<byte> b, ref int n) => ApplyFirst(b, ref n, Step3Rules, static stem => MGt0(stem));

    private static void Step4(Span<byte> b, ref int n)
    {
        var key = At(b, n - 2);
        foreach (var (k, suffix, output) in Step4Rules)
        {
            if (k != key || !EndsWith(b, n, suffix))
                continue;
            var stem = b[..(n - suffix.Length)];
            if (suffix == "ion" ? MGt1AndSOrT(stem) : MGt1(stem))
                Replace(b, ref n, suffix, output);
            return;
        }
    }

    private delegate bool StemCondition(ReadOnlySpan<byte> stem);

    private static void ApplyFirst(Span<byte> b, ref int n, (char Key, string Suffix, string Output)[] rules, StemCondition condition)
    {
        var key = At(b, n - 2);
        foreach (var (k, suffix, output) in rules)
        {
            if (k != key || !EndsWith(b, n, suffix))
                continue;
            if (condition(b[..(n - suffix.Length)]))
                Replace(b, ref n, suffix, output);
            return;
        }
    }
}
