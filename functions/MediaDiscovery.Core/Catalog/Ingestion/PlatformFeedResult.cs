namespace MediaDiscovery.Core.Catalog.Ingestion;

public sealed record RowRejection(string Platform, long Line, string Reason, string Example);

public sealed record RowRepair(string Platform, long Line, string Kind);

/// <summary>
/// What reading one feed produced. A feed with a <see cref="FatalError"/> (wrong header, broken CSV, invalid
/// UTF-8, oversized field, ...) is unusable as a whole: sync must leave that platform's catalog untouched.
/// </summary>
public sealed record PlatformFeedResult
{
    public required string Platform { get; init; }
    public IReadOnlyList<CatalogEntry> Entries { get; init; } = [];
    public IReadOnlyList<RowRejection> Rejections { get; init; } = [];
    public IReadOnlyList<RowRepair> Repairs { get; init; } = [];
    public long RowsRead { get; init; }

    /// <summary>Raw <c>listed_in</c> labels the taxonomy does not know, with how many accepted rows carry each.</summary>
    public IReadOnlyDictionary<string, int> UnknownGenreLabels { get; init; } = new Dictionary<string, int>();
    public string? FatalError { get; init; }
    public bool IsUsable => FatalError is null;
}
