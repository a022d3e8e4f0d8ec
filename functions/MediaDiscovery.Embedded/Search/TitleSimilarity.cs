using MediaDiscovery.Core.Search;

namespace MediaDiscovery.Embedded.Search;

/// <summary>How well a query names a title, in [0, 1].</summary>
internal static class TitleSimilarity
{
    /// <summary>Word pairs less similar than this share nothing (partial credit for unrelated words is noise).</summary>
    private const double MinWordSimilarity = 0.6;

    /// <summary>Small words ("in", "the") count for less when missing: "emily paris" still names "Emily in Paris".</summary>
    private const double StopWordWeight = 0.25;

    /// <summary>The better of spelling similarity over the words run together and word-by-word overlap.</summary>
    public static double Score(TitleKey query, TitleKey title)
    {
        var best = WordOverlap(query.Words, title.Words);
        best = Math.Max(best, SpellingAbove(best, query.Compact, title.Compact));
        return Math.Max(best, SpellingAbove(best, query.Compact, title.CompactWithoutArticle));
    }

    /// <summary>Spelling similarity, skipped (0) when the lengths alone rule out beating <paramref name="floor"/>.</summary>
    private static double SpellingAbove(double floor, string a, string b) =>
        UpperBound(a, b) <= floor ? 0 : EditDistance.Similarity(a, b, floor);

    /// <summary>Similarity can be at most 1 - (length difference / longer length).</summary>
    private static double UpperBound(string a, string b)
    {
        var longer = Math.Max(a.Length, b.Length);
        return longer == 0 ? 1 : 1 - (double)Math.Abs(a.Length - b.Length) / longer;
    }

    /// <summary>How well a typed prefix matches the start of a title (its length, give or take one letter).</summary>
    public static double PrefixScore(TitleKey prefix, TitleKey title)
    {
        var typed = prefix.Compact;
        if (typed.Length == 0)
            return 0;
        return Math.Max(StartSimilarity(typed, title.Compact), StartSimilarity(typed, title.CompactWithoutArticle));
    }

    private static double StartSimilarity(string typed, string key)
    {
        var best = 0.0;
        for (var length = typed.Length - 1; length <= typed.Length + 1; length++)
        {
            if (length <= 0 || length > key.Length)
                continue;
            var distance = EditDistance.Between(typed, key.AsSpan(0, length));
            best = Math.Max(best, 1 - (double)distance / typed.Length);
        }
        return best;
    }

    /// <summary>
    /// Mostly how much of the query the title covers, partly how much of the title the query covers: people shorten
    /// titles ("harry poter" for a long Harry Potter title) far more than they add words to them.
    /// </summary>
    private static double WordOverlap(string[] query, string[] title)
    {
        if (query.Length == 0 || title.Length == 0)
            return 0;
        return QueryCoverageWeight * Coverage(query, title) + (1 - QueryCoverageWeight) * Coverage(title, title: query);
    }

    private const double QueryCoverageWeight = 0.7;

    private static double Coverage(string[] words, string[] title)
    {
        double covered = 0, total = 0;
        foreach (var word in words)
        {
            var weight = QueryTerms.IsStopWord(word) ? StopWordWeight : 1;
            var best = 0.0;
            foreach (var other in title)
            {
                if (string.Equals(word, other, StringComparison.Ordinal))
                {
                    best = 1;
                    break;
                }
                var floor = Math.Max(best, MinWordSimilarity - 1e-9);
                if (UpperBound(word, other) > floor)
                    best = Math.Max(best, EditDistance.Similarity(word, other, floor));
            }
            covered += best >= MinWordSimilarity ? weight * best : 0;
            total += weight;
        }
        return covered / total;
    }
}
