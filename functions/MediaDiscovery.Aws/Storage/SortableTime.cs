using System.Globalization;

namespace MediaDiscovery.Aws.Storage;

/// <summary>
/// Instants as fixed-width UTC strings (<c>2026-11-01T12:00:00.0000000Z</c>): DynamoDB compares strings byte by
/// byte, so sort keys and conditions built from them order by time; seven fraction digits keep every tick.
/// </summary>
internal static class SortableTime
{
    private const string Format = "yyyy-MM-dd'T'HH:mm:ss.fffffff'Z'";

    public static string Of(DateTimeOffset at) => at.UtcDateTime.ToString(Format, CultureInfo.InvariantCulture);

    public static DateTimeOffset Parse(string text) => new(
        DateTime.ParseExact(text, Format, CultureInfo.InvariantCulture, DateTimeStyles.AdjustToUniversal | DateTimeStyles.AssumeUniversal),
        TimeSpan.Zero);

    /// <summary>Time, then id: the order of sort keys, and which of two events at the same time is newer.</summary>
    public static string Key(DateTimeOffset at, string id) => Of(at) + "#" + id;
}
