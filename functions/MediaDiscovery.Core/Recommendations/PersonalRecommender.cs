using MediaDiscovery.Core.Catalog;
using MediaDiscovery.Core.Ports;
using MediaDiscovery.Core.Search;

namespace MediaDiscovery.Core.Recommendations;

/// <summary>
/// The final list. Cold start (no events): trending blended with the most popular titles of the genres the person
/// likes. Warm, <c>blend</c>: collaborative, content, trending and discovery blended by weighted rank fusion with
/// the configured weights. Warm, <c>accuracy-first</c>: the collaborative ranking (content neighbours when the
/// person's titles have no audience), at most N per franchise, and the last slots for a reason the list lacks
/// (<see cref="ReasonSlots"/>). Then: titles already viewed or rated, off the person's platforms, over their age limit or in avoided
/// genres are never proposed; the head is diversified; each item carries its reason. Reads the models trained last
/// (no training per request) and the in-memory catalog.
/// </summary>
public sealed class PersonalRecommender(
    Func<TrainedRecommendations> models, ITitleTableSource catalog, ITitleVectors? vectors, RecommendationOptions options) : IRecommender
{
    /// <summary>Each strategy proposes this many candidates per requested item (filters and diversity need spares).</summary>
    private const int PoolFactor = 3;
    private const int MinimumPool = 60;

    /// <summary>Accuracy-first: up to this many likes, titles the collaborative model does not know bring their content neighbours.</summary>
    private const int FewLikes = 4;

    /// <summary>A title liked by fewer people than this (the person included) has too little audience for collaborative neighbours.</summary>
    private const int MinimumSupport = 3;

    /// <summary>Accuracy-first: how deep the leading strategy and the others are read for a reason's title (ReasonSlots).</summary>
    private const int VarietyDepth = 200;

    /// <summary>Cold start: the liked genres' list just under trending, so the two alternate.</summary>
    private const double PreferenceWeight = 0.95;

    private readonly ContentStrategy content = new(vectors);

    public PersonalRecommender(RecommendationTrainer trainer, ITitleTableSource catalog, ITitleVectors? vectors, RecommendationOptions options)
        : this(() => trainer.Current, catalog, vectors, options)
    {
    }

    public Task<IReadOnlyList<Recommendation>> RecommendAsync(RecommendationRequest request, CancellationToken ct = default)
    {
        ArgumentNullException.ThrowIfNull(request);
        ArgumentOutOfRangeException.ThrowIfNegativeOrZero(request.Limit);
        return Task.FromResult(Recommend(request));
    }

    private IReadOnlyList<Recommendation> Recommend(RecommendationRequest request)
    {
        var titles = catalog.Current;
        var trained = models();
        var taste = UserTaste.From(request.History, request.Now, options.ProfileHalfLife);
        var platforms = request.Platforms.Count > 0 ? request.Platforms : request.Preferences?.Platforms ?? [];
        var excluded = request.Excluded.Count == 0 ? taste.Consumed : taste.Consumed.Union(request.Excluded, StringComparer.Ordinal).ToHashSet(StringComparer.Ordinal);
        var filter = new RecommendationFilter(excluded, platforms, request.Preferences);
        var pool = Math.Max(MinimumPool, request.Limit * PoolFactor);

        if (!taste.IsColdStart && options.Composition == RecommendationCompositions.AccuracyFirst)
            return AccuracyFirst(titles, trained, taste, filter, request.Limit, pool);
        var lists = taste.IsColdStart
            ? ColdStart(titles, trained, filter, request, pool)
            : Warm(titles, trained, taste, filter, pool);
        var fused = Accepted(titles, filter, WeightedRankFusion.Fuse(lists, options.FusionRankConstant));
        return RecommendationDiversifier.Diversify(fused, p => p.Title, request.Limit)
            .Select(p => new Recommendation(p.Title.Id, p.Candidate.Score, p.Candidate.Strategy, Reason(titles, taste, filter, p.Candidate, p.Title)))
            .ToList();
    }

    private List<Recommendation> AccuracyFirst(TitleTable titles, TrainedRecommendations trained, UserTaste taste, RecommendationFilter filter, int limit, int pool)
    {
        var candidates = Accepted(titles, filter, Primary(titles, trained, taste, filter, Math.Max(pool, VarietyDepth)));
        var varied = FranchiseDiversifier.Diversify(candidates, p => p.Title, window: limit, maxPerFranchise: options.MaxPerFranchise);
        var list = varied.Take(limit).ToList();
        var others = new (string Strategy, Func<IReadOnlyList<StrategyCandidate>> Proposals)[]
        {
            (RecommendationStrategies.Trending, () => trained.Trending.Ranked.Take(VarietyDepth).Select(c => c with { Because = "trending" }).ToList()),
            (RecommendationStrategies.Discovery, () => DiscoveryStrategy.Recommend(titles, taste, trained.Trending.MostActive, options.DiscoveryPopularExclusion, filter.Accepts, VarietyDepth)),
        };
        ReasonSlots.Fill(list, varied.Skip(limit).ToList(), options.ReasonSlots, others);
        return list.Select(p => new Recommendation(p.Title.Id, p.Candidate.Score, p.Candidate.Strategy, Reason(titles, taste, filter, p.Candidate, p.Title))).ToList();
    }

    /// <summary>
    /// The most accurate strategy with something to say: collaborative, else content neighbours, else trending; or the
    /// most liked titles when the training's validation found popularity more accurate than collaborative. A person
    /// with a few likes (<see cref="FewLikes"/>), some of titles with almost no audience (<see cref="MinimumSupport"/>),
    /// gets those titles' content neighbours beside the collaborative ranking of the others, in proportion to how many each side holds.
    /// </summary>
    private IReadOnlyList<FusedCandidate> Primary(TitleTable titles, TrainedRecommendations trained, UserTaste taste, RecommendationFilter filter, int pool)
    {
        if (trained.Validation?.Leader == StrategyValidation.Popularity)
            return As(RecommendationStrategies.Trending, trained.Popular.Where(c => titles.Find(c.TitleId) is { } t && filter.Accepts(t)).Take(pool).ToList());
        if (trained.Collaborative is { } collaborative)
        {
            var ranked = collaborative.Recommend(RecencyWeighted(taste), id => titles.Find(id) is { } t && filter.Accepts(t), pool);
            var unknown = taste.Liked.Count <= FewLikes ? taste.Only(l => collaborative.Support(l.TitleId) < MinimumSupport) : null;
            if (ranked.Count > 0 && unknown is { Liked.Count: > 0 } && content.Recommend(titles, unknown, filter.Accepts, pool) is { Count: > 0 } neighbours)
            {
                return WeightedRankFusion.Fuse(
                [
                    new RankedStrategy(RecommendationStrategies.Collaborative, taste.Liked.Count - unknown.Liked.Count, ranked),
                    new RankedStrategy(RecommendationStrategies.Content, unknown.Liked.Count, neighbours),
                ], rankConstant: 1);
            }
            if (ranked.Count > 0)
                return As(RecommendationStrategies.Collaborative, ranked);
        }
        var fallback = content.Recommend(titles, taste, filter.Accepts, pool);
        return fallback.Count > 0 ? As(RecommendationStrategies.Content, fallback) : As(RecommendationStrategies.Trending, Trending(titles, trained, filter, pool));
    }

    private static List<FusedCandidate> As(string strategy, IReadOnlyList<StrategyCandidate> ranked) =>
        ranked.Select(c => new FusedCandidate(c.TitleId, c.Score, strategy, c)).ToList();

    /// <summary>Liked titles, most recent first, each weighted decay^(likes after it).</summary>
    private List<(string TitleId, float Weight)> RecencyWeighted(UserTaste taste) =>
        taste.Liked.Select((l, i) => (l.TitleId, (float)Math.Pow(options.RecencyDecay, i))).ToList();

    private static List<(FusedCandidate Candidate, Title Title)> Accepted(TitleTable titles, RecommendationFilter filter, IReadOnlyList<FusedCandidate> ranked) =>
        ranked.Select(c => (Candidate: c, Title: titles.Find(c.TitleId)))
            .Where(p => p.Title is not null && filter.Accepts(p.Title))
            .Select(p => (p.Candidate, p.Title!))
            .ToList();

    private List<RankedStrategy> Warm(TitleTable titles, TrainedRecommendations trained, UserTaste taste, RecommendationFilter filter, int pool)
    {
        var lists = new List<RankedStrategy>();
        if (trained.Collaborative is { } collaborative && options.WeightOf(RecommendationStrategies.Collaborative) > 0)
        {
            var ranked = collaborative.Recommend(RecencyWeighted(taste), id => titles.Find(id) is { } t && filter.Accepts(t), pool);
            lists.Add(new RankedStrategy(RecommendationStrategies.Collaborative, options.WeightOf(RecommendationStrategies.Collaborative), ranked));
        }
        if (options.WeightOf(RecommendationStrategies.Content) > 0)
            lists.Add(new RankedStrategy(RecommendationStrategies.Content, options.WeightOf(RecommendationStrategies.Content), content.Recommend(titles, taste, filter.Accepts, pool)));
        if (options.WeightOf(RecommendationStrategies.Trending) > 0)
            lists.Add(new RankedStrategy(RecommendationStrategies.Trending, options.WeightOf(RecommendationStrategies.Trending), Trending(titles, trained, filter, pool)));
        if (options.WeightOf(RecommendationStrategies.Discovery) > 0)
        {
            var discovery = DiscoveryStrategy.Recommend(titles, taste, trained.Trending.MostActive, options.DiscoveryPopularExclusion, filter.Accepts, pool);
            lists.Add(new RankedStrategy(RecommendationStrategies.Discovery, options.WeightOf(RecommendationStrategies.Discovery), discovery));
        }
        return lists;
    }

    /// <summary>Trending and "popular in the genres you like" interleaved one for one, trending first.</summary>
    private static List<RankedStrategy> ColdStart(TitleTable titles, TrainedRecommendations trained, RecommendationFilter filter, RecommendationRequest request, int pool)
    {
        var lists = new List<RankedStrategy> { new(RecommendationStrategies.Trending, 1, Trending(titles, trained, filter, pool)) };
        var liked = (request.Preferences?.LikedGenres ?? []).ToHashSet(StringComparer.OrdinalIgnoreCase);
        if (liked.Count > 0)
        {
            var popularInGenres = CatalogPrior.Ranking(titles)
                .Where(t => t.Genres.Any(liked.Contains) && filter.Accepts(t))
                .Take(pool)
                .Select(t => new StrategyCandidate(t.Id, CatalogPrior.Of(t), "genre:" + t.Genres.First(liked.Contains)))
                .ToList();
            lists.Add(new RankedStrategy(RecommendationStrategies.Trending, PreferenceWeight, popularInGenres));
        }
        return lists;
    }

    /// <summary>Titles trending in everyone's recent events, then (to fill the pool, or with no events) the catalog prior.</summary>
    private static List<StrategyCandidate> Trending(TitleTable titles, TrainedRecommendations trained, RecommendationFilter filter, int pool)
    {
        var result = new List<StrategyCandidate>(pool);
        var seen = new HashSet<string>(StringComparer.Ordinal);
        foreach (var candidate in trained.Trending.Ranked)
        {
            if (result.Count == pool)
                return result;
            if (titles.Find(candidate.TitleId) is { } title && filter.Accepts(title) && seen.Add(title.Id))
                result.Add(candidate with { Because = "trending" });
        }
        foreach (var title in CatalogPrior.Ranking(titles))
        {
            if (result.Count == pool)
                break;
            if (filter.Accepts(title) && seen.Add(title.Id))
                result.Add(new StrategyCandidate(title.Id, CatalogPrior.Of(title), "prior"));
        }
        return result;
    }

    private static string Reason(TitleTable titles, UserTaste taste, RecommendationFilter filter, FusedCandidate candidate, Title title)
    {
        var because = candidate.Source.Because;
        return candidate.Strategy switch
        {
            RecommendationStrategies.Collaborative or RecommendationStrategies.Content => RecommendationReasons.BecauseOf(titles, taste, because),
            RecommendationStrategies.Discovery when because is not null => RecommendationReasons.HiddenGem(because),
            RecommendationStrategies.Trending when because == "trending" => RecommendationReasons.Trending(title, filter.Platforms),
            RecommendationStrategies.Trending when because?.StartsWith("genre:", StringComparison.Ordinal) == true => RecommendationReasons.PopularIn(because["genre:".Length..]),
            _ => RecommendationReasons.PopularOn(title, filter.Platforms),
        };
    }
}
