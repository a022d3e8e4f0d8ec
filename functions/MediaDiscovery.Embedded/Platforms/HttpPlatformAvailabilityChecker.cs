using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using MediaDiscovery.Core.Availability;
using MediaDiscovery.Core.Ports;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Logging.Abstractions;
using Polly.CircuitBreaker;
using Polly.Timeout;

namespace MediaDiscovery.Embedded.Platforms;

/// <summary>
/// The platforms' availability APIs over HTTP (<c>POST {BaseUrl}/availability</c>), each behind its own
/// <see cref="PlatformChannel"/>. The same adapter serves LocalHost (against the simulator) and AWS.
/// </summary>
public sealed class HttpPlatformAvailabilityChecker : IPlatformAvailabilityChecker, IDisposable
{
    private readonly HttpClient http;
    private readonly Dictionary<string, PlatformChannel> channels;

    public HttpPlatformAvailabilityChecker(
        HttpClient http, IReadOnlyDictionary<string, PlatformAdapterOptions> platforms, TimeProvider clock, ILogger<HttpPlatformAvailabilityChecker>? logger = null)
    {
        ArgumentNullException.ThrowIfNull(platforms);
        this.http = http;
        channels = platforms
            .Where(kv => !string.IsNullOrWhiteSpace(kv.Value.BaseUrl))
            .ToDictionary(kv => kv.Key, kv => new PlatformChannel(kv.Key, kv.Value, clock, logger ?? (ILogger)NullLogger.Instance), StringComparer.Ordinal);
    }

    public bool IsConfigured(string platform) => channels.ContainsKey(platform);

    public PlatformCircuitState CircuitOf(string platform) =>
        channels.TryGetValue(platform, out var channel) ? channel.State : PlatformCircuitState.NotConfigured;

    public bool CanAnswerNow(string platform) => channels.TryGetValue(platform, out var channel) && channel.CanAnswerNow;

    /// <summary>Every configured platform's circuit, for health and metrics.</summary>
    public IReadOnlyDictionary<string, PlatformCircuitState> Circuits =>
        channels.ToDictionary(kv => kv.Key, kv => kv.Value.State, StringComparer.Ordinal);

    /// <exception cref="OperationCanceledException">Only when <paramref name="ct"/> is cancelled (the caller's budget).</exception>
    public async Task<PlatformCheckResult> CheckAsync(string platform, IReadOnlyList<string> showIds, CancellationToken ct = default)
    {
        ArgumentNullException.ThrowIfNull(showIds);
        if (!channels.TryGetValue(platform, out var channel))
            return PlatformCheckResult.Failed(platform, "not-configured");
        if (showIds.Count == 0)
            return new PlatformCheckResult(platform, [], null);
        try
        {
            using var response = await channel.Pipeline.ExecuteAsync(c => SendAsync(channel, showIds, c), ct);
            if (!response.IsSuccessStatusCode)
                return PlatformCheckResult.Failed(platform, "http-" + (int)response.StatusCode);
            var body = await response.Content.ReadFromJsonAsync(PlatformWireJsonContext.Default.PlatformAvailabilityResponse, ct);
            return body?.Titles is null
                ? PlatformCheckResult.Failed(platform, "invalid-response")
                : new PlatformCheckResult(platform, Answers(body, showIds), null);
        }
        catch (OperationCanceledException) when (ct.IsCancellationRequested)
        {
            throw;
        }
        catch (Exception e) when (Classify(e) is { } failure)
        {
            return PlatformCheckResult.Failed(platform, failure);
        }
    }

    public void Dispose()
    {
        foreach (var channel in channels.Values)
            channel.Dispose();
    }

    private async ValueTask<HttpResponseMessage> SendAsync(PlatformChannel channel, IReadOnlyList<string> showIds, CancellationToken ct)
    {
        await channel.AcquireAsync(ct);
        try
        {
            var response = await AttemptAsync(channel, showIds, ct);
            if ((int)response.StatusCode >= 500 || response.StatusCode == HttpStatusCode.TooManyRequests)
                channel.RecordFailure();
            return response;
        }
        catch (Exception e) when (e is TimeoutRejectedException or HttpRequestException)
        {
            channel.RecordFailure();
            throw;
        }
    }

    private async ValueTask<HttpResponseMessage> AttemptAsync(PlatformChannel channel, IReadOnlyList<string> showIds, CancellationToken ct)
    {
        return await channel.Attempt.ExecuteAsync(async c =>
        {
            using var request = new HttpRequestMessage(HttpMethod.Post, new Uri(channel.BaseUrl, "availability"))
            {
                Content = JsonContent.Create(new PlatformAvailabilityRequest(showIds), PlatformWireJsonContext.Default.PlatformAvailabilityRequest),
            };
            if (channel.Options.ApiKey is { Length: > 0 } key)
                request.Headers.Add("X-Api-Key", key);
            var response = await http.SendAsync(request, HttpCompletionOption.ResponseHeadersRead, c);
            if (response.IsSuccessStatusCode)
                await response.Content.LoadIntoBufferAsync(c);
            return response;
        }, ct);
    }

    // Only the ids asked are answered; an id the platform left out is not on it.
    private static List<PlatformTitleStatus> Answers(PlatformAvailabilityResponse body, IReadOnlyList<string> showIds)
    {
        var byId = body.Titles.Where(t => t.ShowId is not null).GroupBy(t => t.ShowId, StringComparer.Ordinal).ToDictionary(g => g.Key, g => g.First(), StringComparer.Ordinal);
        return showIds.Distinct(StringComparer.Ordinal)
            .Select(id => byId.TryGetValue(id, out var t)
                ? new PlatformTitleStatus(id, t.Available, t.Url, t.PriceType, t.Region)
                : new PlatformTitleStatus(id, false, null, null, null))
            .ToList();
    }

    private static string? Classify(Exception e) => e switch
    {
        BrokenCircuitException => "circuit-open",
        TimeoutRejectedException => "timeout",
        PlatformRateLimitedException => "rate-limited",
        HttpRequestException => "unreachable",
        JsonException or NotSupportedException => "invalid-response",
        _ => null,
    };
}
