using MediaDiscovery.Core.Ports;

namespace MediaDiscovery.Core.Search;

/// <summary>
/// The query path after validation and caching: intent extraction, explicit filters over extracted ones,
/// hybrid retrieval (or neighbours of the named title for "like X"), franchise originals after their derivatives,
/// the caller's bounded personal lift, first-page diversification, paging.
/// Hard filters are applied inside retrieval, never as boosts.
/// </summary>
public sealed class SearchService(IIntentExtractor extractor, IRetriever retriever, ITitleLookup titles)
{
    /// <summary>How deep results can be paged (a cursor past it is refused by the API).</summary>
    public const int MaxDepth = 1000;

    public async Task<SearchOutcome> SearchAsync(SearchCommand command, CancellationToken ct = default)
    {
        SearchIntent extracted;
        using (SearchTelemetry.Stage("intent"))
            extracted = command.Query.Length == 0 ? new SearchIntent { Text = "", Source = "request" } : await extractor.ExtractAsync(command.Query, ct);
        var filters = command.ExplicitFilters.Over(extracted.Filters);
        var intent = extracted with { Filters = filters };
        var depth = Math.Min(MaxDepth, command.Offset + command.Limit + 10);

        var (ranked, total) = await RetrieveAsync(command.Query, command.Mode, intent, depth, ct);
        if (total == 0 && Relaxed(command, intent) is { } relaxed)
        {
            intent = relaxed;
            (ranked, total) = await RetrieveAsync(command.Query, command.Mode, intent, depth, ct);
        }
        IReadOnlyList<Catalog.Title> found;
        using (SearchTelemetry.Stage("titles"))
            found = await titles.GetManyAsync(ranked.Select(r => r.TitleId).ToList(), ct);
        var byId = found.ToDictionary(t => t.Id, StringComparer.Ordinal);
        var results = ranked
            .Where(r => byId.ContainsKey(r.TitleId))
            .Select(r => new RankedTitle(byId[r.TitleId], r.Score, r.MatchedBy))
            .ToList();
        // Retrievers that see more candidates than the page (the embedded one) have done this already; it is stable.
        if (intent.Intent != IntentKind.Similar)
            FranchiseOriginals.FollowDerivatives(results, r => r.Title.Name, (original, derivative) => original with { Score = derivative.Score });
        // A lookup names one title: personal taste must not push it down.
        IReadOnlyList<RankedTitle> personal = intent.Intent == IntentKind.Lookup ? results : command.Personal.Apply(results);
        var ordered = FranchiseDiversifier.Diversify(personal, r => r.Title);
        var page = ordered.Skip(command.Offset).Take(command.Limit).ToList();
        var next = command.Offset + page.Count;
        return new SearchOutcome(intent, page, total, next < Math.Min(total, ordered.Count) && next < MaxDepth ? next : null);
    }

    /// <summary>
    /// The intent without the genres read from the query text, when those found nothing and the request named none:
    /// in a description, genre words are often plot ("gangster family ... after the first world war" is not a crime
    /// AND family AND war title). Genres a client sent are kept: those are the user's own choice.
    /// </summary>
    private static SearchIntent? Relaxed(SearchCommand command, SearchIntent intent) =>
        intent.Filters.Genres.Count > 0 && command.ExplicitFilters.Genres.Count == 0 && intent.Text.Length > 0
            ? intent with { Filters = intent.Filters with { Genres = [] } }
            : null;

    /// <summary>Short queries of at most this many words that yielded no slot are searched as typed.</summary>
    public const int AsTypedMaxWords = 6;

    /// <summary>
    /// What retrieval matches: what is left once the slots are taken out, except for a lookup (a title by name: the
    /// whole query) and for a short query in which no slot was found: the words the extractor dropped there as
    /// filler may belong to a misspelt title ("good omen": "good" is not noise in Good Omens).
    /// </summary>
    private static string RetrievalText(string query, SearchIntent intent)
    {
        if (intent.Intent == IntentKind.Lookup && intent.Text.Length == 0)
            return query;
        var noSlot = intent.Intent == IntentKind.Search && intent.Filters.IsEmpty && intent.SimilarTo is null;
        return noSlot && QueryTerms.Tokens(query).Count <= AsTypedMaxWords ? query : intent.Text;
    }

    private async Task<(IReadOnlyList<RetrievedTitle> Ranked, int Total)> RetrieveAsync(string query, RetrievalMode mode, SearchIntent intent, int depth, CancellationToken ct)
    {
        if (intent.Intent == IntentKind.Similar && intent.SimilarTo is { Length: > 0 } name
            && await titles.FindByNameAsync(name, ct) is { } seed)
        {
            var neighbours = await retriever.NeighboursAsync(seed.Id, intent.Filters, depth, ct);
            return (neighbours, neighbours.Count);
        }
        var text = RetrievalText(query, intent);
        var result = await retriever.RetrieveAsync(new RetrievalQuery(text, intent.Filters, depth) { Mode = mode, SemanticText = query }, ct);
        return (result.Ranked, result.TotalMatches);
    }
}
