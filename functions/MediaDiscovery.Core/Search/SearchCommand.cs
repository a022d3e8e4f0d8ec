namespace MediaDiscovery.Core.Search;

/// <summary>A validated search request: query text (may be empty: browse), explicit filters, a page.</summary>
public sealed record SearchCommand(string Query, SearchFilters ExplicitFilters, int Limit, int Offset)
{
    public RetrievalMode Mode { get; init; } = RetrievalMode.Hybrid;

    /// <summary>The caller's taste, lifting results after fusion (none for anonymous callers).</summary>
    public PersonalBoost Personal { get; init; } = PersonalBoost.None;
}

/// <summary>One result with what ranked it.</summary>
public sealed record RankedTitle(Catalog.Title Title, double Score, MatchSource MatchedBy);

/// <summary>A page of results, the intent that produced it, the total and where the next page starts.</summary>
public sealed record SearchOutcome(SearchIntent Intent, IReadOnlyList<RankedTitle> Results, int Total, int? NextOffset);
