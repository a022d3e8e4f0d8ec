using System.Globalization;

namespace MediaDiscovery.Core.Catalog.Ingestion;

/// <summary>Critic/audience scores by (normalised title, year, type) from the enrichment datasets.</summary>
public sealed class ScoreTable
{
    public static readonly ScoreTable Empty = new(new Dictionary<(string, ContentType), List<ScoredTitle>>());

    private readonly Dictionary<(string Name, ContentType Type), List<ScoredTitle>> _byName;
    private readonly AudienceRatings _audience;

    private ScoreTable(Dictionary<(string Name, ContentType Type), List<ScoredTitle>> byName, AudienceRatings? audience = null)
    {
        _byName = byName;
        _audience = audience ?? AudienceRatings.Empty;
    }

    /// <summary>This table, with movies' rating counts from MovieLens added to what it finds.</summary>
    public ScoreTable WithAudience(AudienceRatings audience) => new(_byName, audience);

    private sealed record ScoredTitle(int Year, TitleScores Scores);

    /// <summary>Titles with at least one score.</summary>
    public int Count => _byName.Values.Sum(rows => rows.Count);

    /// <summary>
    /// Reads <c>MoviesOnStreamingPlatforms.csv</c> and <c>tv_shows.csv</c> (either may be null). Rows without a
    /// title, a year or any score are skipped; the <c>Type</c> column (0 movie, 1 series) decides the type when present.
    /// </summary>
    /// <exception cref="InvalidDataException">A file is not readable CSV or lacks the Title/Year columns.</exception>
    public static ScoreTable Parse(Stream? movies, Stream? shows)
    {
        var byName = new Dictionary<(string, ContentType), List<ScoredTitle>>();
        if (movies is not null)
            Read(movies, ContentType.Movie, byName);
        if (shows is not null)
            Read(shows, ContentType.Series, byName);
        return new ScoreTable(byName);
    }

    /// <summary>Scores for a title: an exact year of <paramref name="years"/> first, else the nearest within one year.</summary>
    public TitleScores? Find(string name, ContentType type, IEnumerable<int> years) =>
        Find(name, type, years.Select(y => (y, y)));

    /// <summary>
    /// Scores for a title whose first release lies in one of the year ranges (a series listed with the year of its
    /// latest season and S seasons started S - 1 years earlier at most; the score files give the first year): a year
    /// inside a range first, else the nearest within one year of one. A series not found so may have paused between
    /// seasons (Black Mirror: 5 seasons over 2011-2019), so its ranges are then widened to two years a season. A name
    /// with a possessive credit ("Marvel Studios' Avengers: Endgame", "Tim Burton's The Nightmare Before Christmas")
    /// not found is looked up again without it, as the score files list the bare title; so is one with a
    /// disambiguating year ("Aladdin (1992)").
    /// </summary>
    public TitleScores? Find(string name, ContentType type, IEnumerable<(int From, int To)> years)
    {
        ArgumentNullException.ThrowIfNull(name);
        ArgumentNullException.ThrowIfNull(years);
        var ranges = years.ToList();
        var bare = PossessiveCredit.Strip(name) ?? DisambiguatingYear.Strip(name);
        var critics = FindByName(name, type, ranges) ?? (bare is null ? null : FindByName(bare, type, ranges));
        var audience = type == ContentType.Movie ? AudienceFor(name, ranges) ?? (bare is null ? null : AudienceFor(bare, ranges)) : null;
        return audience is null ? critics : (critics ?? TitleScores.None) with { AudienceRatings = audience.Ratings, AudienceMovieId = audience.MovieId };
    }

    private AudienceMovie? AudienceFor(string name, List<(int From, int To)> ranges)
    {
        AudienceMovie? best = null;
        foreach (var (_, to) in ranges)
        {
            if (_audience.FindMovie(name, to) is { } movie && movie.Ratings > (best?.Ratings ?? 0))
                best = movie;
        }
        return best;
    }

    private TitleScores? FindByName(string name, ContentType type, List<(int From, int To)> ranges)
    {
        if (!_byName.TryGetValue((TitleNormaliser.Normalise(name), type), out var rows))
            return null;
        return Nearest(rows, ranges)
            ?? (type == ContentType.Series ? Nearest(rows, ranges.Select(r => (r.To - 2 * (r.To - r.From), r.To))) : null);
    }

    private static TitleScores? Nearest(List<ScoredTitle> rows, IEnumerable<(int From, int To)> ranges)
    {
        ScoredTitle? best = null;
        var bestDistance = 2;
        foreach (var (from, to) in ranges)
        {
            foreach (var row in rows)
            {
                var distance = row.Year < from ? from - row.Year : row.Year > to ? row.Year - to : 0;
                if (distance < bestDistance)
                {
                    best = row;
                    bestDistance = distance;
                }
            }
        }
        return best?.Scores;
    }

    private static void Read(Stream csv, ContentType defaultType, Dictionary<(string, ContentType), List<ScoredTitle>> byName)
    {
        var reader = CsvRecordReader.ForUtf8(csv, maxFieldChars: 64 * 1024, maxColumns: 64);
        var fields = new List<string>();
        if (reader.Read(fields) != CsvReadStatus.Record)
            throw new InvalidDataException("score file: " + (reader.Error ?? "no header"));
        var columns = new ScoreColumns(fields);
        CsvReadStatus status;
        while ((status = reader.Read(fields)) == CsvReadStatus.Record)
        {
            var row = columns.Parse(fields, defaultType);
            if (row is null)
                continue;
            var (name, type, scored) = row.Value;
            if (!byName.TryGetValue((name, type), out var rows))
                byName[(name, type)] = rows = [];
            if (!rows.Exists(r => r.Year == scored.Year))
                rows.Add(scored);
        }
        if (status == CsvReadStatus.Error)
            throw new InvalidDataException("score file: " + reader.Error);
    }

    /// <summary>Column positions of a score file, found by header name.</summary>
    private sealed class ScoreColumns
    {
        private readonly int _title;
        private readonly int _year;
        private readonly int _type;
        private readonly int _rottenTomatoes;
        private readonly int _imdb;

        public ScoreColumns(List<string> header)
        {
            _title = header.IndexOf("Title");
            _year = header.IndexOf("Year");
            _type = header.IndexOf("Type");
            _rottenTomatoes = header.IndexOf("Rotten Tomatoes");
            _imdb = header.IndexOf("IMDb");
            if (_title < 0 || _year < 0)
                throw new InvalidDataException("score file: header lacks Title or Year");
        }

        public (string Name, ContentType Type, ScoredTitle Scored)? Parse(List<string> fields, ContentType defaultType)
        {
            var name = TitleNormaliser.Normalise(Field(fields, _title));
            if (name.Length == 0 || !int.TryParse(Field(fields, _year), NumberStyles.None, CultureInfo.InvariantCulture, out var year))
                return null;
            var scores = new TitleScores
            {
                RottenTomatoes = Fraction(Field(fields, _rottenTomatoes)) is { } rt ? (int)Math.Round(rt * 100) : null,
                Imdb = Fraction(Field(fields, _imdb)) is { } imdb ? Math.Round(imdb * 10, 1) : null,
            };
            if (scores.RottenTomatoes is null && scores.Imdb is null)
                return null;
            var type = Field(fields, _type).Trim() switch
            {
                "0" => ContentType.Movie,
                "1" => ContentType.Series,
                _ => defaultType,
            };
            return (name, type, new ScoredTitle(year, scores));
        }

        private static string Field(List<string> fields, int index) => index >= 0 && index < fields.Count ? fields[index] : "";

        /// <summary><c>98/100</c> -> 0.98, <c>9.4/10</c> -> 0.94; null when not a valid score.</summary>
        private static double? Fraction(string text)
        {
            var slash = text.IndexOf('/', StringComparison.Ordinal);
            if (slash <= 0
                || !double.TryParse(text.AsSpan(0, slash), NumberStyles.Float, CultureInfo.InvariantCulture, out var value)
                || !double.TryParse(text.AsSpan(slash + 1), NumberStyles.Float, CultureInfo.InvariantCulture, out var scale)
                || scale <= 0 || value < 0 || value > scale)
                return null;
            return value / scale;
        }
    }
}
