using System.Globalization;
using System.Text.RegularExpressions;

namespace MediaDiscovery.Core.Catalog.Ingestion;

/// <summary>
/// How many ratings each movie has in a MovieLens export (<c>movies.csv</c> + <c>ratings.csv</c>), by normalised
/// title and year: a reach signal for the search prior. MovieLens spells titles "Lion King, The (1994)" and
/// "Coco Before Chanel (Coco avant Chanel) (2009)"; both the title and its alternative are keys, articles moved
/// back to the front.
/// </summary>
public sealed partial class AudienceRatings
{
    public static readonly AudienceRatings Empty = new([]);

    private readonly Dictionary<string, List<(int Year, int Count, int MovieId)>> byName;

    private AudienceRatings(Dictionary<string, List<(int Year, int Count, int MovieId)>> byName) => this.byName = byName;

    /// <summary>Movies with at least one rating.</summary>
    public int Count => byName.Values.Sum(rows => rows.Count);

    /// <exception cref="InvalidDataException">A file is not readable CSV or lacks its columns.</exception>
    public static AudienceRatings Parse(Stream movies, Stream ratings)
    {
        ArgumentNullException.ThrowIfNull(movies);
        ArgumentNullException.ThrowIfNull(ratings);
        var counts = CountRatings(ratings);
        var byName = new Dictionary<string, List<(int Year, int Count, int MovieId)>>();
        var reader = CsvRecordReader.ForUtf8(movies, maxFieldChars: 4 * 1024, maxColumns: 8);
        var fields = new List<string>();
        if (reader.Read(fields) != CsvReadStatus.Record)
            throw new InvalidDataException("movies.csv: " + (reader.Error ?? "no header"));
        var idColumn = fields.IndexOf("movieId");
        var titleColumn = fields.IndexOf("title");
        if (idColumn < 0 || titleColumn < 0)
            throw new InvalidDataException("movies.csv: header lacks movieId or title");
        CsvReadStatus status;
        while ((status = reader.Read(fields)) == CsvReadStatus.Record)
        {
            if (fields.Count <= Math.Max(idColumn, titleColumn)
                || !int.TryParse(fields[idColumn], NumberStyles.None, CultureInfo.InvariantCulture, out var id)
                || !counts.TryGetValue(id, out var count)
                || Parts(fields[titleColumn]) is not { } parts)
                continue;
            foreach (var name in parts.Names)
            {
                var key = TitleNormaliser.Normalise(name);
                if (key.Length == 0)
                    continue;
                if (!byName.TryGetValue(key, out var rows))
                    byName[key] = rows = [];
                rows.Add((parts.Year, count, id));
            }
        }
        if (status == CsvReadStatus.Error)
            throw new InvalidDataException("movies.csv: " + reader.Error);
        return new AudienceRatings(byName);
    }

    /// <summary>The rating count of the movie of this name released within a year of <paramref name="year"/>.</summary>
    public int? Find(string name, int year) => FindMovie(name, year)?.Ratings;

    /// <summary>
    /// The MovieLens movie of this name released within a year of <paramref name="year"/> (the nearest year, then the
    /// most rated): the link from a catalog title to its audience, for the search prior and for training.
    /// </summary>
    public AudienceMovie? FindMovie(string name, int year)
    {
        if (!byName.TryGetValue(TitleNormaliser.Normalise(name), out var rows))
            return null;
        AudienceMovie? best = null;
        var bestDistance = 2;
        foreach (var (rowYear, count, movieId) in rows)
        {
            var distance = Math.Abs(rowYear - year);
            if (distance < bestDistance || (distance == bestDistance && count > best?.Ratings))
                (best, bestDistance) = (new AudienceMovie(movieId, count), distance);
        }
        return best;
    }

    private static Dictionary<int, int> CountRatings(Stream ratings)
    {
        var counts = new Dictionary<int, int>();
        var reader = CsvRecordReader.ForUtf8(ratings, maxFieldChars: 256, maxColumns: 8);
        var fields = new List<string>();
        if (reader.Read(fields) != CsvReadStatus.Record)
            throw new InvalidDataException("ratings.csv: " + (reader.Error ?? "no header"));
        var column = fields.IndexOf("movieId");
        if (column < 0)
            throw new InvalidDataException("ratings.csv: header lacks movieId");
        CsvReadStatus status;
        while ((status = reader.Read(fields)) == CsvReadStatus.Record)
        {
            if (fields.Count > column && int.TryParse(fields[column], NumberStyles.None, CultureInfo.InvariantCulture, out var id))
                counts[id] = counts.GetValueOrDefault(id) + 1;
        }
        if (status == CsvReadStatus.Error)
            throw new InvalidDataException("ratings.csv: " + reader.Error);
        return counts;
    }

    /// <summary>"Lion King, The (1994)" -> (["The Lion King"], 1994); null without a year.</summary>
    internal static (List<string> Names, int Year)? Parts(string title)
    {
        var match = MovieTitle().Match(title.Trim());
        if (!match.Success)
            return null;
        var names = new List<string> { WithArticleInFront(match.Groups["name"].Value) };
        if (match.Groups["alt"].Success)
            names.Add(WithArticleInFront(match.Groups["alt"].Value.Replace("a.k.a. ", "", StringComparison.OrdinalIgnoreCase)));
        return (names, int.Parse(match.Groups["year"].ValueSpan, CultureInfo.InvariantCulture));
    }

    private static string WithArticleInFront(string name)
    {
        var match = TrailingArticle().Match(name);
        if (!match.Success)
            return name.Trim();
        var article = match.Groups["article"].Value;
        return article.EndsWith('\'') ? article + match.Groups["rest"].Value : $"{article} {match.Groups["rest"].Value}";
    }

    [GeneratedRegex(@"^(?<name>.+?)(?:\s+\((?<alt>[^()]+)\))?\s+\((?<year>\d{4})(?:[-–]\d{0,4})?\)$", RegexOptions.CultureInvariant, matchTimeoutMilliseconds: 100)]
    private static partial Regex MovieTitle();

    [GeneratedRegex(@"^(?<rest>.+), (?<article>The|A|An|Les|La|Le|L'|Il|El|Die|Das|Der|Los|Las|Det|Den)$", RegexOptions.CultureInvariant, matchTimeoutMilliseconds: 100)]
    private static partial Regex TrailingArticle();
}
