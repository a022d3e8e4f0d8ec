using System.Globalization;
using MediaDiscovery.Core.Catalog.Ingestion;
using MediaDiscovery.Core.Ports;
using MediaDiscovery.Core.Users;

namespace MediaDiscovery.Core.Recommendations;

/// <summary>
/// Reads an audience's ratings in the MovieLens <c>ratings.csv</c> format (userId,movieId,rating,timestamp) as
/// rating events on catalog titles. Rows of a movie with no catalog title, a rating outside 0.5-5 or an unreadable
/// field are skipped and counted, never fatal: the file is outside data.
/// </summary>
public static class AudienceRatingEvents
{
    /// <param name="titleByMovie">The catalog title of each linked movie (<see cref="Catalog.TitleScores.AudienceMovieId"/>).</param>
    /// <exception cref="InvalidDataException">The file is not CSV or lacks its columns.</exception>
    public static (IReadOnlyList<UserEvent> Events, int Skipped) Read(Stream ratings, IReadOnlyDictionary<int, string> titleByMovie)
    {
        ArgumentNullException.ThrowIfNull(ratings);
        ArgumentNullException.ThrowIfNull(titleByMovie);
        var reader = CsvRecordReader.ForUtf8(ratings, maxFieldChars: 256, maxColumns: 8);
        var fields = new List<string>();
        if (reader.Read(fields) != CsvReadStatus.Record)
            throw new InvalidDataException("ratings.csv: " + (reader.Error ?? "no header"));
        int user = fields.IndexOf("userId"), movie = fields.IndexOf("movieId"), rating = fields.IndexOf("rating"), time = fields.IndexOf("timestamp");
        if (user < 0 || movie < 0 || rating < 0 || time < 0)
            throw new InvalidDataException("ratings.csv: header lacks userId, movieId, rating or timestamp");
        var last = Math.Max(Math.Max(user, movie), Math.Max(rating, time));
        var events = new List<UserEvent>();
        var skipped = 0;
        CsvReadStatus status;
        while ((status = reader.Read(fields)) == CsvReadStatus.Record)
        {
            if (fields.Count <= last
                || !int.TryParse(fields[user], NumberStyles.None, CultureInfo.InvariantCulture, out var userId)
                || !int.TryParse(fields[movie], NumberStyles.None, CultureInfo.InvariantCulture, out var movieId)
                || !double.TryParse(fields[rating], NumberStyles.AllowDecimalPoint, CultureInfo.InvariantCulture, out var value)
                || value is < 0.5 or > 5
                || !long.TryParse(fields[time], NumberStyles.None, CultureInfo.InvariantCulture, out var seconds)
                || seconds > DateTimeOffset.MaxValue.ToUnixTimeSeconds()
                || !titleByMovie.TryGetValue(movieId, out var titleId))
            {
                skipped++;
                continue;
            }
            var member = IAudienceSource.MemberPrefix + userId.ToString(CultureInfo.InvariantCulture);
            events.Add(new UserEvent(member, $"{member}/{movieId}", titleId, UserEventKind.Rating, value, null, DateTimeOffset.FromUnixTimeSeconds(seconds)));
        }
        if (status == CsvReadStatus.Error)
            throw new InvalidDataException("ratings.csv: " + reader.Error);
        return (events, skipped);
    }
}
