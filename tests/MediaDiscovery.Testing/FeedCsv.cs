using System.Text;

namespace MediaDiscovery.Testing;

/// <summary>Builds a platform catalog export (the shared datasets' CSV format) row by row, for tests.</summary>
public sealed class FeedCsv
{
    public const string Header = "show_id,type,title,director,cast,country,date_added,release_year,rating,duration,listed_in,description,OTT";

    private readonly List<string[]> rows = [];
    private readonly string ott;

    public FeedCsv(string ott) => this.ott = ott;

    public FeedCsv Movie(string showId, string title, int year, string genres = "Dramas", string description = "A film.",
        string director = "Jane Director", string cast = "Ann Actor, Bob Actor", string country = "United States",
        string rating = "PG-13", string duration = "100 min") =>
        Add(showId, "Movie", title, director, cast, country, "25-Sep-21", year.ToString(System.Globalization.CultureInfo.InvariantCulture), rating, duration, genres, description);

    public FeedCsv Series(string showId, string title, int year, string genres = "TV Comedies", string description = "A show.",
        string cast = "Cat Actor, Dan Actor", string country = "United States", string rating = "TV-14", string duration = "2 Seasons") =>
        Add(showId, "TV Show", title, "", cast, country, "25-Sep-21", year.ToString(System.Globalization.CultureInfo.InvariantCulture), rating, duration, genres, description);

    public FeedCsv Add(params string[] fields)
    {
        rows.Add(fields);
        return this;
    }

    public FeedCsv Remove(string showId)
    {
        rows.RemoveAll(r => r[0] == showId);
        return this;
    }

    public FeedCsv Change(string showId, int column, string value)
    {
        foreach (var row in rows.Where(r => r[0] == showId))
            row[column] = value;
        return this;
    }

    public override string ToString()
    {
        var sb = new StringBuilder(Header).Append('\n');
        foreach (var row in rows)
            sb.AppendJoin(',', row.Append(ott).Select(Quote)).Append('\n');
        return sb.ToString();
    }

    private static string Quote(string field) =>
        field.IndexOfAny([',', '"', '\n', '\r']) >= 0 ? "\"" + field.Replace("\"", "\"\"", StringComparison.Ordinal) + "\"" : field;
}
