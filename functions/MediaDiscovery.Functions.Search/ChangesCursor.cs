using System.Buffers.Text;
using System.Globalization;
using System.Text;
using MediaDiscovery.Core.Availability.Feed;

namespace MediaDiscovery.Functions.Search;

/// <summary>
/// An opaque cursor for the changes feed: the position of the last entry served, bound to the filters it was served
/// under (a cursor replayed with other filters is refused rather than paging something else).
/// </summary>
public static class ChangesCursor
{
    private const string Version = "f1";
    private const int MaxLength = 256;

    public static string Encode(FeedPosition position, string filterFingerprint) =>
        Base64Url.EncodeToString(Encoding.UTF8.GetBytes(string.Join('|',
            Version, position.AtTicks.ToString(CultureInfo.InvariantCulture), position.TitleId, position.Platform, position.Kind.ToName(), filterFingerprint[..16])));

    public static bool TryDecode(string cursor, string filterFingerprint, out FeedPosition? position)
    {
        position = null;
        if (cursor.Length is 0 or > MaxLength)
            return false;
        Span<byte> buffer = stackalloc byte[MaxLength];
        if (Base64Url.DecodeFromChars(cursor, buffer, out _, out var written) != System.Buffers.OperationStatus.Done)
            return false;
        var parts = Encoding.UTF8.GetString(buffer[..written]).Split('|');
        if (parts.Length != 6 || parts[0] != Version || parts[5] != filterFingerprint[..16]
            || !long.TryParse(parts[1], NumberStyles.None, CultureInfo.InvariantCulture, out var ticks)
            || ticks > DateTimeOffset.MaxValue.UtcTicks
            || !FeedChangeKindNames.TryParse(parts[4], out var kind))
            return false;
        position = new FeedPosition(ticks, parts[2], parts[3], kind);
        return true;
    }
}
