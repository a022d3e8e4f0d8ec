using System.Globalization;
using System.Net.Http.Headers;
using MediaDiscovery.Core.Ports;

namespace MediaDiscovery.Embedded.Feeds;

/// <summary>
/// A platform's catalog export served over HTTP. The fingerprint comes from a HEAD request's validators
/// (ETag, else Last-Modified); the body is streamed, never buffered, and capped at a maximum length.
/// </summary>
public sealed class HttpCatalogFeedSource : ICatalogFeedSource
{
    public const long DefaultMaxContentLengthBytes = 256L * 1024 * 1024;

    private readonly HttpClient _http;
    private readonly Uri _url;
    private readonly long _maxContentLengthBytes;

    public HttpCatalogFeedSource(HttpClient http, string platform, Uri url, long maxContentLengthBytes = DefaultMaxContentLengthBytes)
    {
        ArgumentNullException.ThrowIfNull(http);
        ArgumentException.ThrowIfNullOrWhiteSpace(platform);
        ArgumentNullException.ThrowIfNull(url);
        ArgumentOutOfRangeException.ThrowIfNegativeOrZero(maxContentLengthBytes);
        _http = http;
        _url = url;
        _maxContentLengthBytes = maxContentLengthBytes;
        Platform = platform;
    }

    public string Platform { get; }

    public string Location => _url.ToString();

    /// <summary>
    /// <c>etag:…</c> or <c>last-modified:…</c> from a HEAD request; null when the server sends neither or
    /// refuses HEAD (the feed is then treated as possibly changed).
    /// </summary>
    public async Task<string?> GetFingerprintAsync(CancellationToken ct = default)
    {
        using var request = new HttpRequestMessage(HttpMethod.Head, _url);
        using var response = await SendAsync(request, ct);
        return response.IsSuccessStatusCode ? FingerprintOf(response) : null;
    }

    public async Task<Stream> OpenAsync(CancellationToken ct = default)
    {
        using var request = new HttpRequestMessage(HttpMethod.Get, _url);
        var response = await SendAsync(request, ct);
        try
        {
            EnsureReadable(response);
            var body = await response.Content.ReadAsStreamAsync(ct);
            return new LengthLimitedStream(body, response, _maxContentLengthBytes, Describe);
        }
        catch
        {
            response.Dispose();
            throw;
        }
    }

    public override string ToString() => $"{Platform} <- {Location}";

    private string Describe => $"The {Platform} catalog feed {Location}";

    private async Task<HttpResponseMessage> SendAsync(HttpRequestMessage request, CancellationToken ct)
    {
        try
        {
            return await _http.SendAsync(request, HttpCompletionOption.ResponseHeadersRead, ct);
        }
        catch (HttpRequestException e)
        {
            throw new CatalogFeedUnavailableException($"{Describe} is unreachable: {e.Message}", e);
        }
        catch (TaskCanceledException e) when (!ct.IsCancellationRequested)
        {
            // HttpClient reports its own timeout as a cancellation; the caller did not cancel.
            throw new CatalogFeedUnavailableException($"{Describe} did not answer within {_http.Timeout.TotalSeconds:F0} s.", e);
        }
    }

    private void EnsureReadable(HttpResponseMessage response)
    {
        if (!response.IsSuccessStatusCode)
            throw new CatalogFeedUnavailableException(
                $"{Describe} answered {(int)response.StatusCode} {response.ReasonPhrase}.");
        if (response.Content.Headers.ContentLength is { } length && length > _maxContentLengthBytes)
            throw new CatalogFeedUnavailableException(
                $"{Describe} is {length} bytes, more than the limit of {_maxContentLengthBytes} bytes.");
    }

    private static string? FingerprintOf(HttpResponseMessage response)
    {
        if (response.Headers.ETag is { } etag)
            return "etag:" + etag;
        if (response.Content.Headers.LastModified is { } lastModified)
            return "last-modified:" + lastModified.ToString("R", CultureInfo.InvariantCulture) + LengthSuffix(response.Content.Headers);
        return null;
    }

    // Last-Modified has one-second resolution: the length catches most same-second rewrites.
    private static string LengthSuffix(HttpContentHeaders headers) =>
        headers.ContentLength is { } length ? ":" + length.ToString(CultureInfo.InvariantCulture) : "";
}
