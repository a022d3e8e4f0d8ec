using MediaDiscovery.Core.Catalog;
using MediaDiscovery.Core.Ports;
using MediaDiscovery.Core.Search;

namespace MediaDiscovery.Embedded.Search;

/// <summary>
/// Finds titles by misspelt, shortened or oddly written names ("stranger thigns", "brooklyn 99", "bobs burgers",
/// "emily paris"), in memory: character trigrams over normalised titles propose candidates, then spelling and
/// word-overlap similarity score them. Also completes titles for a search box: prefix matches first, then
/// typo-tolerant ones, each ranked with a popularity prior.
/// </summary>
public sealed class FuzzyTitleMatcher : ITitleSuggester
{
    /// <summary>Weaker matches are noise: a query that names no title should return nothing.</summary>
    public const double MinScore = 0.5;

    private const int CandidateLimit = 100;

    /// <summary>Longer text is a description, not a name: matching it against titles costs time and finds noise.</summary>
    public const int MaxQueryWords = 8;
    private const double MinPrefixTypoScore = 0.75;
    private const int MinTypoPrefixLength = 3;
    private const int MaxSuggestions = 50;

    /// <summary>Breaks near-ties between similarly named titles towards the well-known one.</summary>
    private const double PopularityTieBreak = 0.02;

    private readonly TitleTable titles;
    private readonly TitleKey[] keys;
    private readonly double[] popularity;
    private readonly TrigramIndex trigrams;
    private readonly PrefixEntry[] prefixes;

    public FuzzyTitleMatcher(TitleTable titles)
    {
        ArgumentNullException.ThrowIfNull(titles);
        this.titles = titles;
        keys = titles.Titles.Select(t => TitleKey.Of(t.Name)).ToArray();
        popularity = titles.Titles.Select(TitlePopularity.Of).ToArray();
        trigrams = new TrigramIndex(keys.Select(k => k.Compact).ToList());
        prefixes = PrefixEntry.Build(keys);
    }

    public int Count => keys.Length;

    /// <summary>Ordinals of the titles whose normalised name equals <paramref name="name"/>'s (no fuzziness).</summary>
    public IEnumerable<int> ExactMatches(string name)
    {
        var normalised = Core.Catalog.TitleNormaliser.Normalise(name);
        for (var i = 0; i < keys.Length; i++)
        {
            if (keys[i].Normalised == normalised)
                yield return i;
        }
    }

    /// <summary>The titles the text names best (score at least <see cref="MinScore"/>), allowed by the mask, best first.</summary>
    public IReadOnlyList<FuzzyTitleHit> Match(string? text, FilterMask? mask, int k)
    {
        var query = TitleKey.Of(text);
        if (k <= 0 || query.Compact.Length == 0 || query.Words.Length > MaxQueryWords || (mask is not null && mask.Count == 0))
            return [];
        var hits = new List<FuzzyTitleHit>(CandidateLimit);
        foreach (var ordinal in TrigramCandidates.ForThisThread().Find(trigrams, query.Compact, isPrefix: false, mask, CandidateLimit))
        {
            var score = TitleSimilarity.Score(query, keys[ordinal]);
            if (score >= MinScore)
                hits.Add(new FuzzyTitleHit(ordinal, score));
        }
        hits.Sort(BestFirst);
        return hits.Count > k ? hits.GetRange(0, k) : hits;
    }

    public IReadOnlyList<TitleSuggestion> Suggest(string prefix, int limit)
    {
        var typed = TitleKey.Of(prefix);
        limit = Math.Clamp(limit, 0, MaxSuggestions);
        if (limit == 0 || typed.Normalised.Length == 0)
            return [];
        var found = StartingWith(typed.Normalised, limit);
        if (found.Count < limit && typed.Compact.Length >= MinTypoPrefixLength)
            AddTypoTolerant(typed, limit, found);
        return found.Select(Suggestion).ToList();
    }

    /// <summary>Titles (or titles after a leading article) starting with the prefix: exact names first, then the best known.</summary>
    private List<FuzzyTitleHit> StartingWith(string normalisedPrefix, int limit)
    {
        var top = new PriorityQueue<int, double>(limit + 1);
        var seen = new HashSet<int>();
        for (var i = PrefixEntry.LowerBound(prefixes, normalisedPrefix);
             i < prefixes.Length && prefixes[i].Key.StartsWith(normalisedPrefix, StringComparison.Ordinal); i++)
        {
            var ordinal = prefixes[i].Ordinal;
            if (!seen.Add(ordinal))
                continue;
            var rank = (prefixes[i].Key.Length == normalisedPrefix.Length ? 1 : 0) + popularity[ordinal] - 0.001 * keys[ordinal].Normalised.Length / 100.0;
            if (top.Count < limit)
                top.Enqueue(ordinal, rank);
            else if (top.TryPeek(out _, out var worst) && rank > worst)
                top.EnqueueDequeue(ordinal, rank);
        }
        var found = new List<FuzzyTitleHit>(top.Count);
        while (top.TryDequeue(out var ordinal, out var rank))
            found.Add(new FuzzyTitleHit(ordinal, rank >= 1 ? 1.0 : 0.9 + 0.09 * popularity[ordinal]));
        found.Reverse();
        return found;
    }

    private void AddTypoTolerant(TitleKey typed, int limit, List<FuzzyTitleHit> found)
    {
        var already = found.Select(f => f.Ordinal).ToHashSet();
        var typos = new List<FuzzyTitleHit>();
        foreach (var ordinal in TrigramCandidates.ForThisThread().Find(trigrams, typed.Compact, isPrefix: true, null, CandidateLimit))
        {
            if (already.Contains(ordinal))
                continue;
            var score = TitleSimilarity.PrefixScore(typed, keys[ordinal]);
            if (score >= MinPrefixTypoScore)
                typos.Add(new FuzzyTitleHit(ordinal, 0.8 * score));
        }
        typos.Sort(BestFirst);
        found.AddRange(typos.Take(limit - found.Count));
    }

    private int BestFirst(FuzzyTitleHit a, FuzzyTitleHit b)
    {
        var byRank = (b.Score + PopularityTieBreak * popularity[b.Ordinal]).CompareTo(a.Score + PopularityTieBreak * popularity[a.Ordinal]);
        return byRank != 0 ? byRank : a.Ordinal.CompareTo(b.Ordinal);
    }

    private TitleSuggestion Suggestion(FuzzyTitleHit hit)
    {
        var title = titles.Titles[hit.Ordinal];
        return new TitleSuggestion(title.Id, title.Name, title.Type.ToWire(), title.ReleaseYear, hit.Score);
    }
}
