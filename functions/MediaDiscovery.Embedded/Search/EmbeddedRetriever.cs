using MediaDiscovery.Core.Ports;
using MediaDiscovery.Core.Search;

namespace MediaDiscovery.Embedded.Search;

/// <summary>
/// Hybrid retrieval on the embedded indexes: BM25 (any terms, all terms, adjacent pairs), fuzzy titles and, when
/// present, k-NN over embeddings, each with the hard filters applied inside, fused by weighted reciprocal rank
/// fusion with a small popularity prior. Without vectors it is lexical only; empty text browses by filters.
/// </summary>
public sealed class EmbeddedRetriever(ISearchIndexSource indexes, IEmbedder? embedder = null, HybridRetrievalOptions? options = null) : IRetriever
{
    private readonly HybridRetrievalOptions options = options ?? HybridRetrievalOptions.Default;
    private readonly ReciprocalRankFusion fusion = ReciprocalRankFusion.Default;

    public async Task<RetrievalResult> RetrieveAsync(RetrievalQuery query, CancellationToken ct = default)
    {
        ArgumentNullException.ThrowIfNull(query);
        var snapshot = indexes.Current;
        var depth = Math.Max(0, query.Depth);
        var mask = snapshot.Titles.Mask(new TitleFilter(query.Filters));
        var tokens = QueryTerms.Tokens(query.Text);
        if (tokens.Count == 0)
            return Browse(snapshot, mask, depth);
        var lists = new List<RankedList<int>>(5);
        var vectorSearch = query.Mode == RetrievalMode.Lexical ? Task.FromResult<IReadOnlyList<int>>([]) : VectorHitsAsync(snapshot, query.Text, mask, ct);
        if (query.Mode != RetrievalMode.Vector)
        {
            AddLexical(snapshot, query.Text, tokens, mask, lists);
            AddTitles(snapshot, query.Text, tokens, mask, lists);
        }
        if (await vectorSearch is { Count: > 0 } vectorHits)
            lists.Add(new RankedList<int>(vectorHits, options.VectorWeight, MatchSource.Vector));
        return Fuse(snapshot, lists, depth);
    }

    public Task<IReadOnlyList<RetrievedTitle>> NeighboursAsync(string titleId, SearchFilters filters, int k, CancellationToken ct = default)
    {
        var snapshot = indexes.Current;
        if (k <= 0 || !snapshot.Titles.TryGetOrdinal(titleId, out var ordinal))
            return Task.FromResult<IReadOnlyList<RetrievedTitle>>([]);
        var mask = snapshot.Titles.Mask(new TitleFilter(filters ?? SearchFilters.None));
        IReadOnlyList<RetrievedTitle> found = snapshot.Vectors is { } vectors && vectors.Has(ordinal)
            ? vectors.Search(vectors.Row(ordinal), mask, k, exclude: ordinal)
                .Select(h => new RetrievedTitle(snapshot.Titles.Titles[h.Ordinal].Id, h.Score, MatchSource.Vector)).ToList()
            : SharedCredits.Nearest(snapshot, ordinal, mask, k);
        return Task.FromResult(found);
    }

    /// <summary>
    /// BM25's top documents re-scored: max-normalised BM25, plus bonuses for matching every significant term and for
    /// adjacent query words as a phrase, plus a popularity prior. One list, so that variants of the same evidence do
    /// not each get a full vote in the fusion.
    /// </summary>
    private void AddLexical(SearchIndexSnapshot snapshot, string text, List<string> tokens, FilterMask? mask, List<RankedList<int>> lists)
    {
        if (!options.UseLexical || snapshot.Lexical is not { } lexical)
            return;
        var hits = lexical.Search(text, mask, options.LexicalDepth);
        if (hits.Count == 0)
            return;
        var allTerms = options.AllTermsBonus > 0 && QueryTerms.Significant(tokens).Count > 1
            ? Ordinals(lexical.Search(text, mask, options.LexicalDepth, LexicalMatch.AllTerms)) : null;
        var pairs = options.AdjacentPairsBonus > 0 && tokens.Count > 1
            ? Ordinals(lexical.Search(text, mask, options.LexicalDepth, LexicalMatch.AdjacentPairs)) : null;
        var typeCue = TypeCue.In(tokens);
        var best = hits[0].Score;
        var rescored = new (int Ordinal, double Score)[hits.Count];
        for (var i = 0; i < hits.Count; i++)
        {
            var ordinal = hits[i].Ordinal;
            var score = (best > 0 ? hits[i].Score / best : 0)
                + (allTerms?.Contains(ordinal) == true ? options.AllTermsBonus : 0)
                + (pairs?.Contains(ordinal) == true ? options.AdjacentPairsBonus : 0)
                + options.LexicalPopularityWeight * snapshot.Popularity[ordinal]
                + (typeCue == snapshot.Titles.Titles[ordinal].Type ? options.TypeCueBonus : 0);
            rescored[i] = (ordinal, score);
        }
        Array.Sort(rescored, (a, b) => b.Score.CompareTo(a.Score) is var c and not 0 ? c : a.Ordinal.CompareTo(b.Ordinal));
        lists.Add(new RankedList<int>(rescored.Select(r => r.Ordinal).ToArray(), options.LexicalWeight, MatchSource.Bm25));
    }

    private static HashSet<int> Ordinals(IReadOnlyList<LexicalHit> hits)
    {
        var set = new HashSet<int>(hits.Count);
        foreach (var hit in hits)
            set.Add(hit.Ordinal);
        return set;
    }

    /// <summary>Fuzzy titles count for much when the query reads like a title, little when it reads like a description.</summary>
    private void AddTitles(SearchIndexSnapshot snapshot, string text, List<string> tokens, FilterMask? mask, List<RankedList<int>> lists)
    {
        if (!options.UseTitles)
            return;
        var hits = snapshot.Fuzzy.Match(text, mask, options.TitleDepth);
        if (hits.Count == 0)
            return;
        var titleLike = tokens.Count <= options.TitleLikeMaxWords && hits[0].Score >= options.TitleLikeScore;
        // Ranks alone would give a clearly worse spelling nearly the vote of the best one.
        var floor = hits[0].Score - options.TitleScoreWindow;
        var ordinals = hits.Where(h => h.Score >= floor).Select(h => h.Ordinal).ToArray();
        lists.Add(new RankedList<int>(ordinals, titleLike ? options.TitleWeight : options.WeakTitleWeight, MatchSource.Title));
    }

    private async Task<IReadOnlyList<int>> VectorHitsAsync(SearchIndexSnapshot snapshot, string text, FilterMask? mask, CancellationToken ct)
    {
        if (!options.UseVectors || embedder is null || snapshot.Vectors is not { } vectors)
            return [];
        var query = await embedder.EmbedAsync(text, ct);
        return vectors.Search(query, mask, options.VectorDepth).Select(h => h.Ordinal).ToArray();
    }

    private RetrievalResult Fuse(SearchIndexSnapshot snapshot, List<RankedList<int>> lists, int depth)
    {
        var fused = fusion.Fuse(lists);
        for (var i = 0; i < fused.Count; i++)
        {
            var item = fused[i];
            fused[i] = item with { Score = item.Score + options.PriorScale * snapshot.Popularity[item.Id] };
        }
        fused.Sort(ReciprocalRankFusion.BestFirst);
        var ranked = new List<RetrievedTitle>(Math.Min(depth, fused.Count));
        for (var i = 0; i < fused.Count && i < depth; i++)
            ranked.Add(new RetrievedTitle(snapshot.Titles.Titles[fused[i].Id].Id, fused[i].Score, fused[i].Sources));
        return new RetrievalResult(ranked, fused.Count);
    }

    /// <summary>Every title passing the filters, best known and most recent first.</summary>
    private static RetrievalResult Browse(SearchIndexSnapshot snapshot, FilterMask? mask, int depth)
    {
        var ranked = new List<RetrievedTitle>(Math.Min(depth, 128));
        foreach (var ordinal in snapshot.BrowseOrder)
        {
            if (ranked.Count == depth)
                break;
            if (mask is null || mask[ordinal])
                ranked.Add(new RetrievedTitle(snapshot.Titles.Titles[ordinal].Id, snapshot.BrowsePrior(ordinal), MatchSource.Browse));
        }
        return new RetrievalResult(ranked, mask?.Count ?? snapshot.Titles.Count);
    }
}
