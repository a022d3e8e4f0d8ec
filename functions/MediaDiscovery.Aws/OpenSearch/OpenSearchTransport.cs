using System.Net;
using System.Net.Http.Headers;
using System.Net.Http.Json;
using System.Text;
using System.Text.Json;
using System.Text.Json.Nodes;
using System.Text.Json.Serialization.Metadata;
using Amazon.Runtime;
using MediaDiscovery.Aws.Http;
using MediaDiscovery.Aws.Signing;
using Polly;

namespace MediaDiscovery.Aws.OpenSearch;

/// <summary>
/// Signed HTTP to one OpenSearch endpoint: retries throttling and server errors, turns every failure (transport,
/// timeout, error response, unreadable body) into an <see cref="OpenSearchException"/> with OpenSearch's own reason.
/// </summary>
public sealed class OpenSearchTransport
{
    private readonly HttpClient http;
    private readonly OpenSearchOptions options;
    private readonly ResiliencePipeline<HttpResponseMessage> retry;

    /// <param name="http">A client whose handler signs for <see cref="OpenSearchOptions.SigningService"/> (see <see cref="CreateHttpClient"/>).</param>
    private readonly Uri endpoint;

    public OpenSearchTransport(HttpClient http, OpenSearchOptions options, TimeProvider? time = null)
    {
        ArgumentNullException.ThrowIfNull(http);
        ArgumentNullException.ThrowIfNull(options);
        this.http = http;
        this.options = options;
        endpoint = options.Endpoint ?? throw new InvalidOperationException("OpenSearch:Endpoint is required.");
        retry = TransientHttpRetry.Build(options.Retry, time);
    }

    public OpenSearchOptions Options => options;

    public static HttpClient CreateHttpClient(OpenSearchOptions options, AWSCredentials? credentials = null) =>
        new(new AwsSigningHandler(new AwsSigningScope(options.Region, options.SigningService), credentials ?? AwsCredentialsSource.Default(), new SocketsHttpHandler
        {
            PooledConnectionLifetime = TimeSpan.FromMinutes(5),
        }))
        {
            Timeout = TimeSpan.FromSeconds(10),
        };

    public Task<T> SendAsync<T>(HttpMethod method, string pathAndQuery, JsonNode? body, JsonTypeInfo<T> answer, CancellationToken ct) =>
        SendAsync(method, pathAndQuery, body?.ToJsonString(), "application/json", answer, ct);

    /// <summary>Sends and reads the answer; a 404 answers default when <paramref name="notFoundIsAnswer"/> (GET of a missing doc).</summary>
    public async Task<T> SendAsync<T>(HttpMethod method, string pathAndQuery, string? body, string contentType, JsonTypeInfo<T> answer, CancellationToken ct, bool notFoundIsAnswer = false)
    {
        using var response = await SendRawAsync(method, pathAndQuery, body, contentType, ct);
        if (!response.IsSuccessStatusCode && !(notFoundIsAnswer && response.StatusCode == HttpStatusCode.NotFound))
            throw await FailureAsync(method, pathAndQuery, response, ct);
        try
        {
            await using var stream = await response.Content.ReadAsStreamAsync(ct);
            return await JsonSerializer.DeserializeAsync(stream, answer, ct)
                ?? throw new OpenSearchException($"OpenSearch {method} {pathAndQuery} answered null.", response.StatusCode, null);
        }
        catch (JsonException e)
        {
            throw new OpenSearchException($"OpenSearch {method} {pathAndQuery} answered malformed JSON: {e.Message}", response.StatusCode, null, e);
        }
    }

    /// <summary>Sends and checks the status only; <paramref name="tolerated"/> error types count as success (e.g. already exists).</summary>
    public async Task SendAsync(HttpMethod method, string pathAndQuery, JsonNode body, CancellationToken ct, params string[] tolerated)
    {
        using var response = await SendRawAsync(method, pathAndQuery, body.ToJsonString(), "application/json", ct);
        if (response.IsSuccessStatusCode)
            return;
        var failure = await FailureAsync(method, pathAndQuery, response, ct);
        if (failure.ErrorType is null || !tolerated.Contains(failure.ErrorType))
            throw failure;
    }

    private async Task<HttpResponseMessage> SendRawAsync(HttpMethod method, string pathAndQuery, string? body, string contentType, CancellationToken ct)
    {
        var uri = new Uri(endpoint, pathAndQuery);
        try
        {
            return await retry.ExecuteAsync(async token =>
            {
                using var message = new HttpRequestMessage(method, uri);
                if (body is not null)
                    message.Content = new StringContent(body, Encoding.UTF8, new MediaTypeHeaderValue(contentType));
                return await http.SendAsync(message, token);
            }, ct);
        }
        catch (Exception e) when (e is HttpRequestException || (e is OperationCanceledException && !ct.IsCancellationRequested))
        {
            throw new OpenSearchException($"OpenSearch {method} {pathAndQuery} could not be reached: {e.Message}", null, null, e);
        }
    }

    private static async Task<OpenSearchException> FailureAsync(HttpMethod method, string pathAndQuery, HttpResponseMessage response, CancellationToken ct)
    {
        var (type, reason) = await ErrorOfAsync(response, ct);
        return new OpenSearchException(
            $"OpenSearch {method} {pathAndQuery} failed with {(int)response.StatusCode} {type ?? response.ReasonPhrase}: {reason ?? "(no reason given)"}",
            response.StatusCode,
            type);
    }

    /// <summary>The error's type and reason, preferring the first root cause (it names the real problem).</summary>
    private static async Task<(string? Type, string? Reason)> ErrorOfAsync(HttpResponseMessage response, CancellationToken ct)
    {
        try
        {
            var body = await response.Content.ReadFromJsonAsync(OpenSearchJsonContext.Default.ErrorResponse, ct);
            var error = body?.Error ?? default;
            if (error.ValueKind == JsonValueKind.String)
                return (null, error.GetString());
            if (error.ValueKind != JsonValueKind.Object)
                return (null, null);
            var type = error.TryGetProperty("type", out var t) ? t.GetString() : null;
            var reason = error.TryGetProperty("reason", out var r) ? r.GetString() : null;
            var root = RootCauseReason(error);
            return (type, root is not null && root != reason ? $"{reason} ({root})" : reason);
        }
        catch (JsonException)
        {
            return (null, null);
        }
    }

    private static string? RootCauseReason(JsonElement error) =>
        error.TryGetProperty("root_cause", out var causes) && causes.ValueKind == JsonValueKind.Array && causes.GetArrayLength() > 0
            && causes[0].TryGetProperty("reason", out var reason)
            ? reason.GetString()
            : null;
}
