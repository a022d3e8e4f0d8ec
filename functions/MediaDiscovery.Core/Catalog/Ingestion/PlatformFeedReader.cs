using System.Globalization;

namespace MediaDiscovery.Core.Catalog.Ingestion;

/// <summary>
/// Reads one platform's catalog export into validated entries: checks the header, then each row is accepted
/// (possibly repaired) or rejected with a reason. One instance per feed: it holds that feed's running state.
/// </summary>
internal sealed class PlatformFeedReader(string platform, CatalogTaxonomy taxonomy, IngestionLimits limits)
{
    private const int ExampleChars = 100;

    private readonly GenreLabels _genreLabels = new(taxonomy);
    private readonly List<CatalogEntry> _entries = [];
    private readonly List<RowRejection> _rejections = [];
    private readonly List<RowRepair> _repairs = [];
    private readonly Dictionary<string, int> _unknownGenreLabels = new(StringComparer.Ordinal);
    private readonly HashSet<string> _showIds = new(StringComparer.Ordinal);
    private readonly Dictionary<(string Name, ContentType Type, int Year), List<CatalogEntry>> _entriesByKey = [];
    private readonly List<string> _rowRepairs = [];
    private long _rowsRead;

    public PlatformFeedResult Read(Stream csv, CancellationToken ct)
    {
        var reader = CsvRecordReader.ForUtf8(csv, limits.MaxFieldChars, limits.MaxColumns);
        var fields = new List<string>(FeedHeader.Columns.Length);
        var headerStatus = reader.Read(fields);
        if (headerStatus == CsvReadStatus.Error)
            return Fatal(reader.Error!);
        var columns = headerStatus == CsvReadStatus.Record ? FeedHeader.ColumnCount(fields) : null;
        if (columns is null)
            return Fatal("unexpected header: expected " + string.Join(',', FeedHeader.Columns) + " (OTT optional), got "
                + Truncate(string.Join(',', fields)));

        CsvReadStatus status;
        while ((status = reader.Read(fields)) == CsvReadStatus.Record)
        {
            if (++_rowsRead > limits.MaxRows)
                return Fatal($"more than {limits.MaxRows} rows");
            if ((_rowsRead & 1023) == 0)
                ct.ThrowIfCancellationRequested();
            ReadRow(fields, reader.FieldCount, columns.Value, reader.RecordLine);
        }
        return status == CsvReadStatus.Error ? Fatal(reader.Error!) : Result(null);
    }

    private void ReadRow(List<string> fields, int fieldCount, int headerColumns, long line)
    {
        _rowRepairs.Clear();
        var rejection = fieldCount > headerColumns ? RejectionReasons.TooManyColumns
            : fieldCount < FeedHeader.RequiredColumns ? RejectionReasons.TooFewColumns
            : null;
        var entry = rejection is null ? ParseRow(fields, line, out rejection) : null;
        if (entry is null)
        {
            _rejections.Add(new RowRejection(platform, line, rejection!, Example(fields)));
            return;
        }
        _entries.Add(entry);
        foreach (var kind in _rowRepairs)
            _repairs.Add(new RowRepair(platform, line, kind));
    }

    private CatalogEntry? ParseRow(List<string> fields, long line, out string? rejection)
    {
        var showId = Text(fields[FeedHeader.ShowId]);
        rejection = showId.Length == 0 ? RejectionReasons.MissingShowId
            : !_showIds.Add(showId) ? RejectionReasons.DuplicateShowId
            : null;
        if (rejection is not null)
            return null;
        if (!TryParseType(Text(fields[FeedHeader.Type]), out var type))
        {
            rejection = RejectionReasons.UnknownType;
            return null;
        }
        var name = Text(fields[FeedHeader.Title]);
        if (name.Length == 0)
        {
            rejection = RejectionReasons.MissingTitle;
            return null;
        }
        if (!TryParseYear(Text(fields[FeedHeader.ReleaseYear]), out var year))
        {
            rejection = RejectionReasons.InvalidReleaseYear;
            return null;
        }
        var entry = BuildEntry(fields, line, showId, name, type, year);
        if (IsRepeatedListing(entry))
        {
            rejection = RejectionReasons.DuplicateTitleInFeed;
            return null;
        }
        return entry;
    }

    /// <summary>
    /// A second row with the same (normalised title, type, year) that the merge rules would call the same title is
    /// the platform listing it twice; namesakes the rules tell apart (different directors or cast) are kept.
    /// </summary>
    private bool IsRepeatedListing(CatalogEntry entry)
    {
        var key = (TitleNormaliser.Normalise(entry.Name), entry.Type, entry.ReleaseYear ?? 0);
        if (!_entriesByKey.TryGetValue(key, out var earlier))
        {
            _entriesByKey[key] = [entry];
            return false;
        }
        if (earlier.Exists(e => MergeRules.AreSameTitle(e, entry)))
            return true;
        earlier.Add(entry);
        return false;
    }

    private CatalogEntry BuildEntry(List<string> fields, long line, string showId, string name, ContentType type, int year)
    {
        var (rating, duration) = RepairShiftedDuration(Text(fields[FeedHeader.Rating]), Text(fields[FeedHeader.Duration]));
        var (maturity, minAge) = Maturity(rating);
        var (runtime, seasons) = Duration(duration);
        var genres = _genreLabels.Map(Text(fields[FeedHeader.ListedIn]));
        foreach (var label in genres.UnknownLabels)
            _unknownGenreLabels[label] = _unknownGenreLabels.GetValueOrDefault(label) + 1;
        return new CatalogEntry
        {
            Platform = platform,
            ShowId = showId,
            Name = name,
            Type = type,
            ReleaseYear = year,
            Genres = genres.GenreIds,
            RawGenres = genres.RawLabels,
            MaturityRating = maturity,
            MinAge = minAge,
            RuntimeMinutes = runtime,
            Seasons = seasons,
            Countries = List(fields[FeedHeader.Country]),
            Cast = List(fields[FeedHeader.Cast]),
            Directors = List(fields[FeedHeader.Director]),
            Description = Text(fields[FeedHeader.Description]),
            DateAdded = DateAdded(Text(fields[FeedHeader.DateAdded])),
            Line = line,
        };
    }

    private (string Rating, string Duration) RepairShiftedDuration(string rating, string duration)
    {
        if (duration.Length > 0 || !FeedDuration.LooksLikeDuration(rating))
            return (rating, duration);
        _rowRepairs.Add(RepairKinds.DurationInRatingColumn);
        return ("", rating);
    }

    private (string? Rating, int? MinAge) Maturity(string rating)
    {
        if (rating.Length == 0)
            return (null, null);
        var (known, age) = taxonomy.MinAgeFor(rating);
        if (known)
            return (rating, age);
        _rowRepairs.Add(RepairKinds.UnknownRatingDropped);
        return (null, null);
    }

    private (int? Runtime, int? Seasons) Duration(string duration)
    {
        if (duration.Length == 0)
            return (null, null);
        if (FeedDuration.TryParse(duration, out var runtime, out var seasons))
            return (runtime, seasons);
        _rowRepairs.Add(RepairKinds.UnparsableDurationDropped);
        return (null, null);
    }

    private DateOnly? DateAdded(string text)
    {
        if (text.Length == 0)
            return null;
        if (FeedDate.TryParse(text, out var date))
            return date;
        _rowRepairs.Add(RepairKinds.UnparsableDateDropped);
        return null;
    }

    private bool TryParseYear(string text, out int year) =>
        int.TryParse(text, NumberStyles.None, CultureInfo.InvariantCulture, out year)
        && year >= limits.MinReleaseYear && year <= limits.MaxReleaseYear;

    private static bool TryParseType(string text, out ContentType type)
    {
        switch (text)
        {
            case "Movie": type = ContentType.Movie; return true;
            case "TV Show": type = ContentType.Series; return true;
            default: type = default; return false;
        }
    }

    /// <summary>Cleans a field, noting once per row that invisible characters were stripped.</summary>
    private string Text(string raw)
    {
        var text = FeedText.Clean(raw, out var stripped);
        if (stripped && !_rowRepairs.Contains(RepairKinds.InvisibleCharactersStripped))
            _rowRepairs.Add(RepairKinds.InvisibleCharactersStripped);
        return text;
    }

    private IReadOnlyList<string> List(string raw)
    {
        _ = Text(raw); // notes stripped invisible characters; the split cleans each part itself
        return FeedText.SplitList(raw);
    }

    private static string Example(List<string> fields) =>
        Truncate(string.Join(',', fields.Take(FeedHeader.Title + 1).Select(FeedText.Clean)));

    private static string Truncate(string text) => text.Length <= ExampleChars ? text : text[..ExampleChars] + "…";

    private PlatformFeedResult Fatal(string error) => Result(error);

    private PlatformFeedResult Result(string? fatalError) => new()
    {
        Platform = platform,
        Entries = fatalError is null ? _entries : [], // a broken feed is unusable as a whole
        Rejections = _rejections,
        Repairs = _repairs,
        RowsRead = _rowsRead,
        UnknownGenreLabels = _unknownGenreLabels,
        FatalError = fatalError,
    };
}
