using System.Collections.Frozen;

namespace MediaDiscovery.Core.Catalog.Ingestion;

/// <summary>Canonical genres, maturity ages and platforms (the project's copy of the shared taxonomy).</summary>
public sealed class CatalogTaxonomy
{
    private const string ResourcePrefix = "MediaDiscovery.Taxonomy.";

    private static readonly Lazy<CatalogTaxonomy> LazyDefault = new(LoadEmbedded);

    private readonly FrozenDictionary<string, IReadOnlyList<string>> _genresByLabel;
    private readonly FrozenDictionary<string, int?> _ageByRating;
    private readonly FrozenSet<string> _genreIds;

    private CatalogTaxonomy(
        FrozenDictionary<string, IReadOnlyList<string>> genresByLabel,
        FrozenDictionary<string, int?> ageByRating,
        IReadOnlyList<CatalogPlatform> platforms)
    {
        _genresByLabel = genresByLabel;
        _ageByRating = ageByRating;
        Platforms = platforms;
        Genres = genresByLabel.Values.SelectMany(ids => ids).Distinct(StringComparer.Ordinal).Order(StringComparer.Ordinal)
            .Select(id => new CanonicalGenre(id, GenreDisplayNames.For(id))).ToList();
        _genreIds = Genres.Select(g => g.Id).ToFrozenSet(StringComparer.Ordinal);
        LabelsWithCommas = genresByLabel.Keys.Where(label => label.Contains(',', StringComparison.Ordinal))
            .Order(StringComparer.Ordinal).ToList();
    }

    /// <summary>The taxonomy embedded in this assembly (loaded once).</summary>
    public static CatalogTaxonomy Default => LazyDefault.Value;

    /// <summary>Canonical genres, sorted by id.</summary>
    public IReadOnlyList<CanonicalGenre> Genres { get; }

    /// <summary>Platforms in the taxonomy's order.</summary>
    public IReadOnlyList<CatalogPlatform> Platforms { get; }

    /// <summary>Raw labels that themselves contain commas (Prime's "Arts, Entertainment, and Culture").</summary>
    public IReadOnlyList<string> LabelsWithCommas { get; }

    /// <summary>Builds a taxonomy from the text of <c>genres.csv</c>, <c>maturity.csv</c> and <c>platforms.csv</c>.</summary>
    /// <exception cref="InvalidDataException">A file is not valid taxonomy CSV.</exception>
    public static CatalogTaxonomy FromCsv(string genres, string maturity, string platforms) =>
        new(TaxonomyFiles.ParseGenres(genres), TaxonomyFiles.ParseMaturity(maturity), TaxonomyFiles.ParsePlatforms(platforms));

    public bool IsCanonicalGenre(string id) => _genreIds.Contains(id);

    /// <summary>Canonical genre ids of a raw label (case-insensitive); false for a label the taxonomy does not know.</summary>
    public bool TryMapGenreLabel(string label, out IReadOnlyList<string> genreIds)
    {
        ArgumentNullException.ThrowIfNull(label);
        if (_genresByLabel.TryGetValue(label.Trim(), out var ids))
        {
            genreIds = ids;
            return true;
        }
        genreIds = [];
        return false;
    }

    /// <summary>Canonical genre ids of a raw label; empty for labels without a genre and for unknown labels.</summary>
    public IReadOnlyList<string> MapGenreLabel(string label) => TryMapGenreLabel(label, out var ids) ? ids : [];

    /// <summary>Whether the taxonomy knows the certification, and its minimum age (null = not rated).</summary>
    public (bool Known, int? Age) MinAgeFor(string rating)
    {
        ArgumentNullException.ThrowIfNull(rating);
        return _ageByRating.TryGetValue(rating.Trim(), out var age) ? (true, age) : (false, null);
    }

    public CatalogPlatform? PlatformById(string id) =>
        Platforms.FirstOrDefault(p => string.Equals(p.Id, id, StringComparison.Ordinal));

    /// <summary>The platform whose catalog export has this file name (any directory, case-insensitive).</summary>
    public CatalogPlatform? PlatformForFile(string fileName)
    {
        ArgumentNullException.ThrowIfNull(fileName);
        var name = Path.GetFileName(fileName);
        return Platforms.FirstOrDefault(p => string.Equals(p.SourceFile, name, StringComparison.OrdinalIgnoreCase));
    }

    private static CatalogTaxonomy LoadEmbedded() =>
        FromCsv(ReadResource("genres.csv"), ReadResource("maturity.csv"), ReadResource("platforms.csv"));

    private static string ReadResource(string name)
    {
        using var stream = typeof(CatalogTaxonomy).Assembly.GetManifestResourceStream(ResourcePrefix + name)
            ?? throw new InvalidOperationException($"embedded resource {ResourcePrefix}{name} is missing");
        using var reader = new StreamReader(stream, CsvRecordReader.StrictUtf8);
        return reader.ReadToEnd();
    }
}
