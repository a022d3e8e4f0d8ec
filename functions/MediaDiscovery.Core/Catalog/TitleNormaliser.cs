using System.Globalization;
using System.Text;

namespace MediaDiscovery.Core.Catalog;

/// <summary>
/// The one normal form of a title used for merging, ids and matching: lower case, <c>&amp;</c> -> <c>and</c>,
/// apostrophes dropped, diacritics folded, any run of other non-alphanumerics -> one space, trimmed.
/// </summary>
public static class TitleNormaliser
{
    public static string Normalise(string? title)
    {
        if (string.IsNullOrEmpty(title))
            return "";
        // ASCII has nothing to decompose; skipping Normalize keeps bulk ingestion cheap.
        var decomposed = Ascii.IsValid(title) ? title : title.Normalize(NormalizationForm.FormD);
        var sb = new StringBuilder(decomposed.Length);
        var pendingSpace = false;
        foreach (var ch in decomposed)
        {
            // Zero-width and other format characters are invisible: drop them rather than split a word.
            if (CharUnicodeInfo.GetUnicodeCategory(ch) is UnicodeCategory.NonSpacingMark or UnicodeCategory.Format)
                continue;
            if (ch is '\'' or '\u2019' or '\u2018' or '`')
                continue;
            if (ch == '&')
            {
                Append(sb, "and", ref pendingSpace);
                pendingSpace = true;
                continue;
            }
            if (char.IsLetterOrDigit(ch))
            {
                Append(sb, char.ToLowerInvariant(ch), ref pendingSpace);
                continue;
            }
            pendingSpace = sb.Length > 0;
        }
        return sb.ToString();
    }

    private static void Append(StringBuilder sb, string text, ref bool pendingSpace)
    {
        if (pendingSpace && sb.Length > 0)
            sb.Append(' ');
        pendingSpace = false;
        sb.Append(text);
    }

    private static void Append(StringBuilder sb, char ch, ref bool pendingSpace)
    {
        if (pendingSpace && sb.Length > 0)
            sb.Append(' ');
        pendingSpace = false;
        sb.Append(ch);
    }
}
