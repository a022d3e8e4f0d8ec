using System.Collections.Frozen;
using System.Globalization;

namespace MediaDiscovery.Core.Intent;

/// <summary>Numbers in queries: digits ("2.5"), small number words ("five", "twelve"), "a"/"an" as one, "a couple", "a few".</summary>
public static class QueryNumbers
{
    private static readonly FrozenDictionary<string, int> Words = new Dictionary<string, int>(StringComparer.Ordinal)
    {
        ["one"] = 1,
        ["two"] = 2,
        ["three"] = 3,
        ["four"] = 4,
        ["five"] = 5,
        ["six"] = 6,
        ["seven"] = 7,
        ["eight"] = 8,
        ["nine"] = 9,
        ["ten"] = 10,
        ["eleven"] = 11,
        ["twelve"] = 12,
        ["thirteen"] = 13,
        ["fourteen"] = 14,
        ["fifteen"] = 15,
        ["sixteen"] = 16,
        ["seventeen"] = 17,
        ["eighteen"] = 18,
        ["nineteen"] = 19,
        ["twenty"] = 20,
        ["thirty"] = 30,
        ["forty"] = 40,
        ["fifty"] = 50,
        ["sixty"] = 60,
        ["ninety"] = 90,
        ["few"] = 3,
        ["couple"] = 2,
    }.ToFrozenDictionary(StringComparer.Ordinal);

    /// <summary>A number at token <paramref name="i"/>; <paramref name="length"/> tokens read ("a couple of" = 3).</summary>
    public static bool TryRead(ParsedQuery q, int i, bool allowArticle, out double value, out int length)
    {
        value = 0;
        length = 0;
        if (i < 0 || i >= q.Count)
            return false;
        var text = q.Text(i);
        if (char.IsAsciiDigit(text[0]) && text.Length <= 6
            && double.TryParse(text, NumberStyles.AllowDecimalPoint, CultureInfo.InvariantCulture, out value))
        {
            length = 1;
            return true;
        }
        if (Words.TryGetValue(text, out var word))
        {
            value = word;
            length = q.Is(i + 1, "of") ? 2 : 1;
            return true;
        }
        if (allowArticle && (text is "a" or "an"))
        {
            if (TryRead(q, i + 1, allowArticle: false, out value, out var rest) && q.IsAny(i + 1, "few", "couple"))
            {
                length = 1 + rest;
                return true;
            }
            value = 1;
            length = 1;
            return true;
        }
        return false;
    }

    /// <summary>A whole number in [min, max] at token i (one token of digits or a number word).</summary>
    public static bool TryReadInt(ParsedQuery q, int i, int min, int max, out int value)
    {
        value = 0;
        if (!TryRead(q, i, allowArticle: false, out var number, out _) || number != Math.Floor(number) || number < min || number > max)
            return false;
        value = (int)number;
        return true;
    }
}
