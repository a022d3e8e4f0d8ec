namespace MediaDiscovery.Core.Catalog;

/// <summary>One piece of content, merged across every platform that carries it.</summary>
public sealed record Title
{
    /// <summary>Stable id, <c>t_</c> + 16 hex chars; see <see cref="TitleIds"/>.</summary>
    public required string Id { get; init; }

    public required string Name { get; init; }

    public required ContentType Type { get; init; }

    public int? ReleaseYear { get; init; }

    /// <summary>Canonical genre ids (taxonomy), sorted, distinct.</summary>
    public IReadOnlyList<string> Genres { get; init; } = [];

    /// <summary>The certification as the source spells it (e.g. <c>TV-14</c>), when known.</summary>
    public string? MaturityRating { get; init; }

    /// <summary>Minimum viewer age from the taxonomy; null = not rated / unknown.</summary>
    public int? MinAge { get; init; }

    public int? RuntimeMinutes { get; init; }

    public int? Seasons { get; init; }

    public IReadOnlyList<string> Countries { get; init; } = [];

    public IReadOnlyList<string> Cast { get; init; } = [];

    public IReadOnlyList<string> Directors { get; init; } = [];

    public string Description { get; init; } = "";

    public TitleScores Scores { get; init; } = TitleScores.None;

    /// <summary>One entry per platform, sorted by platform id.</summary>
    public IReadOnlyList<PlatformAvailability> Availability { get; init; } = [];

    /// <summary>The stored version (optimistic concurrency); 0 for a title never stored.</summary>
    public long Version { get; init; }
}
