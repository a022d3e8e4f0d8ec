using System.Buffers.Text;
using System.Globalization;
using System.Text;

namespace MediaDiscovery.Functions.Search;

/// <summary>
/// An opaque, stable page cursor: the offset of the next page, bound to the query it came from (a cursor
/// replayed with another query is refused rather than silently paging something else).
/// </summary>
public static class SearchCursor
{
    private const string Version = "c1";

    public static string Encode(int offset, string queryFingerprint) =>
        Base64Url.EncodeToString(Encoding.UTF8.GetBytes($"{Version}.{offset.ToString(CultureInfo.InvariantCulture)}.{queryFingerprint[..16]}"));

    public static bool TryDecode(string cursor, string queryFingerprint, out int offset)
    {
        offset = 0;
        if (cursor.Length is 0 or > 128)
            return false;
        Span<byte> buffer = stackalloc byte[128];
        if (Base64Url.DecodeFromChars(cursor, buffer, out _, out var written) != System.Buffers.OperationStatus.Done)
            return false;
        var parts = Encoding.UTF8.GetString(buffer[..written]).Split('.');
        return parts.Length == 3
            && parts[0] == Version
            && int.TryParse(parts[1], NumberStyles.None, CultureInfo.InvariantCulture, out offset)
            && parts[2] == queryFingerprint[..16];
    }
}
