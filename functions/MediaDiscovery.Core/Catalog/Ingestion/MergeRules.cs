namespace MediaDiscovery.Core.Catalog.Ingestion;

/// <summary>
/// Whether two entries with the same normalised title and type (from different platforms) are the same title.
/// Movies: same year unless their directors contradict, or a year apart when a director or cast member agrees.
/// Series: platforms report different years (first season, latest season), so any year the series could have
/// started in, within a slack, matches, unless cast or countries show they are different shows.
/// </summary>
internal static class MergeRules
{
    /// <summary>How far apart (in years) two series' plausible first-season years may be.</summary>
    public const int SeriesYearSlack = 3;

    public static bool AreSameTitle(CatalogEntry a, CatalogEntry b) =>
        a.Type == ContentType.Movie ? AreSameMovie(a, b) : AreSameSeries(a, b);

    /// <summary>How far apart the entries' years are, for choosing the closest of several candidate titles.</summary>
    public static int YearDistance(CatalogEntry a, CatalogEntry b) => Math.Abs((a.ReleaseYear ?? 0) - (b.ReleaseYear ?? 0));

    private static bool AreSameMovie(CatalogEntry a, CatalogEntry b) => YearDistance(a, b) switch
    {
        0 => !(a.Directors.Count > 0 && b.Directors.Count > 0 && !Overlap(a.Directors, b.Directors)),
        1 => Overlap(a.Directors, b.Directors) || Overlap(a.Cast, b.Cast),
        _ => false,
    };

    private static bool AreSameSeries(CatalogEntry a, CatalogEntry b) =>
        FirstSeasonYearsOverlap(a, b) && !SeriesDiffer(a, b);

    /// <summary>A series listed with year Y and S seasons started between Y - (S - 1) and Y.</summary>
    private static bool FirstSeasonYearsOverlap(CatalogEntry a, CatalogEntry b)
    {
        var (aFrom, aTo) = FirstSeasonYears(a);
        var (bFrom, bTo) = FirstSeasonYears(b);
        var gap = Math.Max(aFrom - bTo, bFrom - aTo);
        return gap <= SeriesYearSlack;
    }

    internal static (int From, int To) FirstSeasonYears(CatalogEntry entry)
    {
        var year = entry.ReleaseYear ?? 0;
        return (year - Math.Max((entry.Seasons ?? 1) - 1, 0), year);
    }

    private static bool SeriesDiffer(CatalogEntry a, CatalogEntry b) =>
        (a.Cast.Count > 0 && b.Cast.Count > 0 && !Overlap(a.Cast, b.Cast) && !Overlap(a.Directors, b.Directors))
        || (a.Countries.Count > 0 && b.Countries.Count > 0 && !Overlap(a.Countries, b.Countries));

    private static bool Overlap(IReadOnlyList<string> a, IReadOnlyList<string> b)
    {
        foreach (var x in a)
        {
            foreach (var y in b)
            {
                if (string.Equals(x, y, StringComparison.OrdinalIgnoreCase))
                    return true;
            }
        }
        return false;
    }
}
