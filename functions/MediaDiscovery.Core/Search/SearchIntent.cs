namespace MediaDiscovery.Core.Search;

/// <summary>What a person asked for. On the wire: <c>search</c>, <c>recommend</c>, <c>similar</c>, <c>lookup</c>.</summary>
public enum IntentKind
{
    Search,
    Recommend,
    Similar,
    Lookup,
}

/// <summary>
/// The structured reading of a query (API.md <c>POST /api/v1/intent</c>): the intent, hard filters, the title a
/// "like X" query names, and the residual text left for semantic matching.
/// </summary>
public sealed record SearchIntent
{
    public IntentKind Intent { get; init; } = IntentKind.Search;
    public SearchFilters Filters { get; init; } = SearchFilters.None;
    public string? SimilarTo { get; init; }
    public string Text { get; init; } = "";

    /// <summary><c>rules</c>, <c>bedrock</c>, or <c>request</c> when no extraction ran.</summary>
    public string Source { get; init; } = "rules";
    public double Confidence { get; init; } = 1.0;

    /// <summary>
    /// What the query asked for that the catalog cannot filter on, as said (platforms the catalog does not carry:
    /// "HBO Max", "Peacock"), so that the answer can say so instead of silently ignoring it.
    /// </summary>
    public IReadOnlyList<string> Unsupported { get; init; } = [];

    /// <summary>The query taken as plain text: no filters, all of it left for matching.</summary>
    public static SearchIntent PlainText(string query) => new() { Text = query, Source = "request", Confidence = 0 };
}
