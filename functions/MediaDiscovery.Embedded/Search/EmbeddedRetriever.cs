using MediaDiscovery.Core.Ports;
using MediaDiscovery.Core.Search;

namespace MediaDiscovery.Embedded.Search;

/// <summary>
/// Hybrid retrieval on the embedded indexes: BM25 (any terms, all terms, adjacent pairs), fuzzy titles and, when
/// present, k-NN over embeddings, each with the hard filters applied inside. With vectors, the candidates' scores
/// are fused (see <see cref="ScoreFusionWeights"/>), the leading ones re-ranked by soft word alignment when the
/// embedder offers it; without them, or with <see cref="HybridRetrievalOptions.ScoreFusion"/> null, weighted
/// reciprocal rank fusion with a small popularity prior. Empty text browses by filters.
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
        (int Ordinal, double Score)[]? lexical = null;
        FuzzyTitles? titles = null;
        if (query.Mode != RetrievalMode.Vector)
        {
            using var span = SearchTelemetry.Stage("bm25");
            lexical = AddLexical(snapshot, query.Text, tokens, mask, lists);
            titles = AddTitles(snapshot, query.Text, tokens, mask, lists);
        }
        // A query that names a title (nearly) exactly is answered by the title and BM25 features: the encoder would
        // cost more than the whole rest of the query and move nothing.
        var namesTitle = query.Mode == RetrievalMode.Hybrid && titles is { TitleLike: true } && titles.Hits[0].Score >= options.TitleSkipsVectorsScore;
        var vector = query.Mode == RetrievalMode.Lexical || namesTitle ? null
            : await VectorHitsAsync(snapshot, options.EncodeQueryAsTyped ? query.SemanticText ?? query.Text : query.Text, mask, ct);
        using var fusing = SearchTelemetry.Stage("fusion");
        if (query.Mode == RetrievalMode.Hybrid && options.ScoreFusion is { } weights && (vector is not null || (namesTitle && CanEncode(snapshot))))
            return FuseScores(snapshot, query.Text, weights, lexical ?? [], titles, vector, depth);
        if (vector is { Hits.Count: > 0 })
            lists.Add(new RankedList<int>(vector.Hits.Select(h => h.Ordinal).ToArray(), options.VectorWeight, MatchSource.Vector));
        return Fuse(snapshot, lists, depth);
    }

    private bool CanEncode(SearchIndexSnapshot snapshot) => options.UseVectors && embedder is not null && snapshot.Vectors is not null;

    private sealed record VectorResult(float[] Query, IReadOnlyList<VectorHit> Hits);

    private sealed record FuzzyTitles(IReadOnlyList<FuzzyTitleHit> Hits, bool TitleLike);

    /// <summary>
    /// Score-based fusion of the union of the lexical, vector and title candidates: a weighted sum of max-normalised
    /// BM25, cosine to the query vector, soft word alignment, fuzzy title score and the popularity prior. Unlike rank
    /// fusion it keeps how far apart candidates are, so a title that both BM25 and the vectors rate highly beats one
    /// that only tops a single list.
    /// </summary>
    private RetrievalResult FuseScores(SearchIndexSnapshot snapshot, string text, ScoreFusionWeights weights,
        (int Ordinal, double Score)[] lexical, FuzzyTitles? titles, VectorResult? vector, int depth)
    {
        var vectors = snapshot.Vectors!;
        var candidates = new Dictionary<int, (double Lexical, double Title, MatchSource Sources)>();
        var bestLexical = lexical.Length > 0 ? lexical[0].Score : 0;
        foreach (var (ordinal, score) in lexical)
            candidates[ordinal] = (bestLexical > 0 ? score / bestLexical : 0, 0, MatchSource.Bm25);
        foreach (var hit in vector?.Hits ?? [])
        {
            candidates.TryGetValue(hit.Ordinal, out var c);
            candidates[hit.Ordinal] = c with { Sources = c.Sources | MatchSource.Vector };
        }
        var titleWeight = titles is null ? 0 : titles.TitleLike ? weights.TitleLike : weights.Title;
        if (titles is not null)
        {
            var floor = titles.Hits.Count > 0 ? titles.Hits[0].Score - options.TitleScoreWindow : 0;
            foreach (var hit in titles.Hits.Where(h => h.Score >= floor))
            {
                candidates.TryGetValue(hit.Ordinal, out var c);
                candidates[hit.Ordinal] = c with { Title = hit.Score, Sources = c.Sources | MatchSource.Title };
            }
        }
        var scored = new List<FusedItem<int>>(candidates.Count);
        foreach (var (ordinal, c) in candidates)
        {
            var cosine = vector is not null && vectors.Has(ordinal) ? Math.Max(0, vectors.Cosine(vector.Query, ordinal)) : 0;
            var score = weights.Lexical * c.Lexical + weights.Cosine * cosine + titleWeight * c.Title
                + weights.Popularity * snapshot.Popularity[ordinal];
            scored.Add(new FusedItem<int>(ordinal, score, c.Sources));
        }
        scored.Sort(ReciprocalRankFusion.BestFirst);
        // Alignment reads every word of a title's text, the costliest feature: only the leading candidates get it.
        if (weights.Alignment > 0 && embedder is IWordAlignment aligner && aligner.Prepare(text) is { } alignment)
        {
            for (var i = 0; i < scored.Count && i < weights.AlignmentDepth; i++)
                scored[i] = scored[i] with { Score = scored[i].Score + weights.Alignment * alignment.Score(snapshot.Titles.Titles[scored[i].Id]) };
            scored.Sort(ReciprocalRankFusion.BestFirst);
        }
        FollowDerivatives(snapshot, scored);
        var ranked = new List<RetrievedTitle>(Math.Min(depth, scored.Count));
        for (var i = 0; i < scored.Count && i < depth; i++)
            ranked.Add(new RetrievedTitle(snapshot.Titles.Titles[scored[i].Id].Id, scored[i].Score, scored[i].Sources));
        return new RetrievalResult(ranked, scored.Count);
    }

    public Task<IReadOnlyList<RetrievedTitle>> NeighboursAsync(string titleId, SearchFilters filters, int k, CancellationToken ct = default)
    {
        var snapshot = indexes.Current;
        if (k <= 0 || !snapshot.Titles.TryGetOrdinal(titleId, out var ordinal))
            return Task.FromResult<IReadOnlyList<RetrievedTitle>>([]);
        var mask = snapshot.Titles.Mask(new TitleFilter(filters ?? SearchFilters.None));
        if (snapshot.Vectors is not { } vectors || !vectors.Has(ordinal))
            return Task.FromResult<IReadOnlyList<RetrievedTitle>>(SharedCredits.Nearest(snapshot, ordinal, mask, k));
        var similar = options.Similar;
        var nearest = vectors.Search(vectors.Row(ordinal), mask, similar.ReRanks ? Math.Max(k, similar.Candidates) : k, exclude: ordinal)
            .Select(h => (Ordinal: h.Ordinal, Score: (double)h.Score));
        var ranked = similar.ReRanks ? SimilarTitleRanking.ReRank(snapshot, ordinal, nearest, similar, k) : nearest.ToList();
        IReadOnlyList<RetrievedTitle> found = ranked
            .Select(h => new RetrievedTitle(snapshot.Titles.Titles[h.Ordinal].Id, h.Score, MatchSource.Vector)).ToList();
        return Task.FromResult(found);
    }

    /// <summary>
    /// BM25's top documents re-scored: max-normalised BM25, plus bonuses for matching every significant term and for
    /// adjacent query words as a phrase, plus a popularity prior. One list, so that variants of the same evidence do
    /// not each get a full vote in the fusion.
    /// </summary>
    private (int Ordinal, double Score)[]? AddLexical(SearchIndexSnapshot snapshot, string text, List<string> tokens, FilterMask? mask, List<RankedList<int>> lists)
    {
        if (!options.UseLexical || snapshot.Lexical is not { } lexical)
            return null;
        var hits = lexical.Search(text, mask, options.LexicalDepth);
        if (hits.Count == 0)
            return null;
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
        return rescored;
    }

    private static HashSet<int> Ordinals(IReadOnlyList<LexicalHit> hits)
    {
        var set = new HashSet<int>(hits.Count);
        foreach (var hit in hits)
            set.Add(hit.Ordinal);
        return set;
    }

    /// <summary>Fuzzy titles count for much when the query reads like a title, little when it reads like a description.</summary>
    private FuzzyTitles? AddTitles(SearchIndexSnapshot snapshot, string text, List<string> tokens, FilterMask? mask, List<RankedList<int>> lists)
    {
        if (!options.UseTitles)
            return null;
        var hits = snapshot.Fuzzy.Match(text, mask, options.TitleDepth);
        if (hits.Count == 0)
            return null;
        var titleLike = tokens.Count <= options.TitleLikeMaxWords && hits[0].Score >= options.TitleLikeScore;
        // Ranks alone would give a clearly worse spelling nearly the vote of the best one.
        var floor = hits[0].Score - options.TitleScoreWindow;
        var ordinals = hits.Where(h => h.Score >= floor).Select(h => h.Ordinal).ToArray();
        lists.Add(new RankedList<int>(ordinals, titleLike ? options.TitleWeight : options.WeakTitleWeight, MatchSource.Title));
        return new FuzzyTitles(hits, titleLike);
    }

    private async Task<VectorResult?> VectorHitsAsync(SearchIndexSnapshot snapshot, string text, FilterMask? mask, CancellationToken ct)
    {
        if (!CanEncode(snapshot) || snapshot.Vectors is not { } vectors)
            return null;
        using var span = SearchTelemetry.Stage("vector");
        var query = await embedder!.EmbedQueryAsync(text, ct);
        return new VectorResult(query, vectors.Search(query, mask, options.VectorDepth));
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
        FollowDerivatives(snapshot, fused);
        var ranked = new List<RetrievedTitle>(Math.Min(depth, fused.Count));
        for (var i = 0; i < fused.Count && i < depth; i++)
            ranked.Add(new RetrievedTitle(snapshot.Titles.Titles[fused[i].Id].Id, fused[i].Score, fused[i].Sources));
        return new RetrievalResult(ranked, fused.Count);
    }

    /// <summary>Over every candidate, not only the page asked for: an original can rank far below its spin-off.</summary>
    private static void FollowDerivatives(SearchIndexSnapshot snapshot, List<FusedItem<int>> ranked) =>
        FranchiseOriginals.FollowDerivatives(ranked, item => snapshot.Titles.Titles[item.Id].Name,
            (original, derivative) => original with { Score = derivative.Score });

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
