using System.Globalization;
using System.Text;
using System.Text.Json;

namespace MediaDiscovery.Functions.Search;

/// <summary>
/// Writes a response as the cached body with the per-request metadata appended, so a cache hit costs no
/// deserialisation: <c>{...body..., "metadata": {...}}</c>.
/// </summary>
public static class SearchResponseWriter
{
    public static byte[] Serialize(SearchResponseBody body) =>
        JsonSerializer.SerializeToUtf8Bytes(body, SearchJsonContext.Default.SearchResponseBody);

    public static byte[] WithMetadata(byte[] body, double tookMs, bool cacheHit)
    {
        var tail = Encoding.UTF8.GetBytes(string.Create(CultureInfo.InvariantCulture,
            $",\"metadata\":{{\"tookMs\":{Math.Round(tookMs, 3)},\"cacheHit\":{(cacheHit ? "true" : "false")}}}}}"));
        var result = new byte[body.Length - 1 + tail.Length];
        body.AsSpan(0, body.Length - 1).CopyTo(result);
        tail.CopyTo(result.AsSpan(body.Length - 1));
        return result;
    }
}
