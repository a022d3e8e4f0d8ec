namespace MediaDiscovery.Core.Catalog.Ingestion;

/// <summary>One validated, normalised row of one platform's catalog feed (before cross-platform merging).</summary>
public sealed record CatalogEntry
{
    public required string Platform { get; init; }
    public required string ShowId { get; init; }
    public required string Name { get; init; }
    public required ContentType Type { get; init; }
    public int? ReleaseYear { get; init; }
    public IReadOnlyList<string> Genres { get; init; } = [];
    public IReadOnlyList<string> RawGenres { get; init; } = [];
    public string? MaturityRating { get; init; }
    public int? MinAge { get; init; }
    public int? RuntimeMinutes { get; init; }
    public int? Seasons { get; init; }
    public IReadOnlyList<string> Countries { get; init; } = [];
    public IReadOnlyList<string> Cast { get; init; } = [];
    public IReadOnlyList<string> Directors { get; init; } = [];
    public string Description { get; init; } = "";
    public DateOnly? DateAdded { get; init; }

    /// <summary>1-based line where the record starts in the feed.</summary>
    public long Line { get; init; }
}
