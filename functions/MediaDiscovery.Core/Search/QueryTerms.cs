using System.Collections.Frozen;
using System.Text.RegularExpressions;

namespace MediaDiscovery.Core.Search;

/// <summary>
/// The words of untrusted query text: runs of letters and digits, lower-cased. Nothing else survives, so no
/// query syntax of any engine (quotes, operators, column filters, wildcards) can pass through a term.
/// </summary>
public static partial class QueryTerms
{
    /// <summary>Bounds the work a single query can cause.</summary>
    public const int MaxTerms = 32;

    public const int MaxTermLength = 64;

    // Small on purpose: words that carry no meaning in a title or synopsis search. "up", "it", "us" stay out:
    // they are titles.
    private static readonly FrozenSet<string> StopWords = FrozenSet.ToFrozenSet(
    [
        "a", "about", "after", "all", "an", "and", "any", "are", "as", "at", "be", "been", "but", "by", "can", "do",
        "does", "for", "from", "had", "has", "have", "he", "her", "hers", "him", "his", "how", "i", "if", "in", "into",
        "is", "its", "me", "my", "of", "on", "or", "our", "s", "she", "so", "some", "something", "t", "than",
        "that", "the", "their", "them", "then", "there", "these", "they", "this", "those", "to", "was", "we", "were",
        "what", "when", "where", "which", "while", "who", "whom", "why", "will", "with", "would", "you", "your",
    ], StringComparer.Ordinal);

    [GeneratedRegex(@"[\p{L}\p{N}]+", RegexOptions.CultureInvariant)]
    private static partial Regex Word();

    /// <summary>Every word in order (stop words included), at most <see cref="MaxTerms"/>.</summary>
    public static List<string> Tokens(string? text)
    {
        var tokens = new List<string>();
        if (string.IsNullOrEmpty(text))
            return tokens;
        foreach (var match in Word().EnumerateMatches(text))
        {
            var length = Math.Min(match.Length, MaxTermLength);
            tokens.Add(text.AsSpan(match.Index, length).ToString().ToLowerInvariant());
            if (tokens.Count == MaxTerms)
                break;
        }
        return tokens;
    }

    /// <summary>Every distinct word of a (trusted, possibly long) text, lower-cased: what a document contains.</summary>
    public static HashSet<string> DistinctWords(string? text, HashSet<string>? into = null)
    {
        into ??= new HashSet<string>(StringComparer.Ordinal);
        if (string.IsNullOrEmpty(text))
            return into;
        foreach (var match in Word().EnumerateMatches(text))
            into.Add(text.AsSpan(match.Index, Math.Min(match.Length, MaxTermLength)).ToString().ToLowerInvariant());
        return into;
    }

    /// <summary>
    /// The distinct words worth matching: stop words removed, unless that leaves nothing (a query that is only stop
    /// words, such as the title "It", still has to match something).
    /// </summary>
    public static List<string> Significant(IReadOnlyList<string> tokens)
    {
        var significant = tokens.Where(t => !IsStopWord(t)).Distinct(StringComparer.Ordinal).ToList();
        return significant.Count > 0 ? significant : tokens.Distinct(StringComparer.Ordinal).ToList();
    }

    public static bool IsStopWord(string token) => StopWords.Contains(token);
}
