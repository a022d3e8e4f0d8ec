using MediaDiscovery.Core.Catalog;
using MediaDiscovery.Core.Ports;
using MediaDiscovery.Core.Recommendations;
using MediaDiscovery.Core.Search;

namespace MediaDiscovery.Aws.OpenSearch;

/// <summary>
/// A title as indexed in OpenSearch: the searchable text, the filterable facts (people by their normal form, only
/// currently available platforms in <see cref="AvailablePlatforms"/>), a browse prior, and the embedding.
/// </summary>
public sealed record OpenSearchTitleDocument
{
    public required string TitleId { get; init; }
    public required string Title { get; init; }
    public string Description { get; init; } = "";

    /// <summary>Cast and directors as written, for text matching.</summary>
    public IReadOnlyList<string> People { get; init; } = [];

    /// <summary>Cast in <see cref="PersonNames.Normalise"/> form, for exact filters.</summary>
    public IReadOnlyList<string> CastNames { get; init; } = [];

    public IReadOnlyList<string> DirectorNames { get; init; } = [];
    public IReadOnlyList<string> Genres { get; init; } = [];
    public required string Type { get; init; }

    /// <summary>Every platform with an availability entry, available or not.</summary>
    public IReadOnlyList<string> Platforms { get; init; } = [];

    /// <summary>Platforms the title is available on now: what <c>platforms</c> and <c>availableNow</c> filter on.</summary>
    public IReadOnlyList<string> AvailablePlatforms { get; init; } = [];

    public IReadOnlyList<string> Countries { get; init; } = [];
    public int? ReleaseYear { get; init; }
    public int? RuntimeMinutes { get; init; }
    public int? MinAge { get; init; }

    /// <summary>
    /// 0..1, the embedded backend's browse prior (<see cref="CatalogPrior.Of"/>: platforms, critic score, MovieLens
    /// reach or seasons run, recency): the browse order when there is no text, the same on both backends.
    /// </summary>
    public double Prior { get; init; }

    public float[]? Embedding { get; init; }

    /// <summary>The hash of the text <see cref="Embedding"/> was computed from: unchanged text is not re-embedded.</summary>
    public string? EmbeddingHash { get; init; }

    /// <summary>The embedder's model id, so vectors of another model can be told apart.</summary>
    public string? EmbeddingModel { get; init; }

    /// <summary>An indexed title with its hash and model; a null vector leaves <see cref="Embedding"/> unset.</summary>
    public static OpenSearchTitleDocument From(IndexedTitle indexed)
    {
        ArgumentNullException.ThrowIfNull(indexed);
        return From(indexed.Title, indexed.Vector) with { EmbeddingHash = indexed.EmbeddingHash, EmbeddingModel = indexed.ModelId };
    }

    public static OpenSearchTitleDocument From(Title title, float[]? embedding) => new()
    {
        TitleId = title.Id,
        Title = title.Name,
        Description = title.Description,
        People = [.. title.Cast, .. title.Directors],
        CastNames = title.Cast.Select(PersonNames.Normalise).Distinct().ToList(),
        DirectorNames = title.Directors.Select(PersonNames.Normalise).Distinct().ToList(),
        Genres = title.Genres,
        Type = title.Type.ToWire(),
        Platforms = title.Availability.Select(a => a.Platform).Distinct().ToList(),
        AvailablePlatforms = title.Availability.Where(a => a.Available).Select(a => a.Platform).Distinct().ToList(),
        Countries = title.Countries,
        ReleaseYear = title.ReleaseYear,
        RuntimeMinutes = title.RuntimeMinutes,
        MinAge = title.MinAge,
        Prior = CatalogPrior.Of(title),
        Embedding = embedding,
    };
}
