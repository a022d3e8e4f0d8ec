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
        var decomposed = title.Normalize(NormalizationForm.FormD);
        var sb = new StringBuilder(decomposed.Length);
        var pendingSpace = false;
        foreach (var ch in decomposed)
        {
            if (CharUnicodeInfo.GetUnicodeCategory(ch) == UnicodeCategory.NonSpacingMark)
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
                Append(sb, char.ToLowerInvariant(ch).ToString(), ref pendingSpace);
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
}
