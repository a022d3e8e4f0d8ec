using System.Globalization;
using System.Text;

namespace MediaDiscovery.Core.Catalog;

/// <summary>
/// The one normal form of a title used for merging, ids and matching: lower case, <c>&amp;</c> -> <c>and</c>,
/// apostrophes dropped, diacritics folded, invisible characters dropped, any run of other non-alphanumerics ->
/// one space, trimmed.
/// </summary>
/// <remarks>
/// Diacritics are folded with a fixed table (Latin-1 Supplement and Latin Extended-A) plus dropping combining
/// marks, not with <see cref="string.Normalize(NormalizationForm)"/>: the project runs with invariant
/// globalization, where that is a no-op, and ids must not depend on which ICU a host happens to have.
/// </remarks>
public static class TitleNormaliser
{
    private const char FoldedFirst = '\u00C0';

    /// <summary>ASCII folding of U+00C0..U+017F, lower case; "-" = not a letter (× and ÷).</summary>
    private static readonly string[] LatinFolds =
        ("a a a a a a ae c e e e e i i i i d n o o o o o - o u u u u y th ss a a a a a a ae c e e e e i i i i d n o o o o o - o u u u u y th y "
        + "a a a a a a c c c c c c c c d d d d e e e e e e e e e e g g g g g g g g h h h h i i i i i i i i i i ij ij j j k k k l l l l l l l l l l "
        + "n n n n n n n n n o o o o o o oe oe r r r r r r s s s s s s s s t t t t t t u u u u u u u u u u u u w w y y y z z z z z z s")
        .Split(' ');

    public static string Normalise(string? title)
    {
        if (string.IsNullOrEmpty(title))
            return "";
        var sb = new StringBuilder(title.Length);
        var pendingSpace = false;
        foreach (var ch in title)
        {
            var fold = Fold(ch);
            if (fold is not null)
            {
                Append(sb, fold, ref pendingSpace);
                continue;
            }
            // Combining marks (decomposed diacritics) and zero-width/format characters are invisible: drop them.
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

    private static string? Fold(char ch)
    {
        var index = ch - FoldedFirst;
        if (index < 0 || index >= LatinFolds.Length)
            return null;
        var fold = LatinFolds[index];
        return fold == "-" ? null : fold;
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
