using System.Text;
using MediaDiscovery.Core.Search;

namespace MediaDiscovery.Embedded.Search;

/// <summary>
/// Builds an FTS5 MATCH expression from untrusted text. Only <see cref="QueryTerms"/> words reach it, each inside
/// double quotes (an FTS5 string), so operators, column filters, prefixes and NEAR in the input are plain words.
/// </summary>
public static class Fts5MatchExpression
{
    /// <summary>The expression, or null when the text has no words (nothing can match).</summary>
    public static string? Build(string? text, LexicalMatch match)
    {
        var tokens = QueryTerms.Tokens(text);
        return match switch
        {
            LexicalMatch.AllTerms => Join(QueryTerms.Significant(tokens), " AND "),
            LexicalMatch.AdjacentPairs => AdjacentPairs(tokens),
            _ => Join(QueryTerms.Significant(tokens), " OR "),
        };
    }

    /// <summary>Any of the terms (which must come from <see cref="QueryTerms"/>); null for none.</summary>
    public static string? AnyOf(IReadOnlyList<string> terms) => Join(terms, " OR ");

    private static string? Join(IReadOnlyList<string> terms, string separator)
    {
        if (terms.Count == 0)
            return null;
        var sb = new StringBuilder();
        foreach (var term in terms)
        {
            if (sb.Length > 0)
                sb.Append(separator);
            sb.Append('"').Append(term).Append('"');
        }
        return sb.ToString();
    }

    /// <summary>"a b" OR "b c" ...; pairs of two stop words say nothing and are skipped.</summary>
    private static string? AdjacentPairs(List<string> tokens)
    {
        var sb = new StringBuilder();
        var seen = new HashSet<string>(StringComparer.Ordinal);
        for (var i = 0; i + 1 < tokens.Count; i++)
        {
            if (QueryTerms.IsStopWord(tokens[i]) && QueryTerms.IsStopWord(tokens[i + 1]))
                continue;
            var pair = tokens[i] + " " + tokens[i + 1];
            if (!seen.Add(pair))
                continue;
            if (sb.Length > 0)
                sb.Append(" OR ");
            sb.Append('"').Append(pair).Append('"');
        }
        return sb.Length == 0 ? null : sb.ToString();
    }
}
