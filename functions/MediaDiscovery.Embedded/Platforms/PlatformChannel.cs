using System.Net;
using System.Threading.RateLimiting;
using MediaDiscovery.Core.Availability;
using Microsoft.Extensions.Logging;
using Polly;
using Polly.CircuitBreaker;
using Polly.Retry;
using Polly.Timeout;

namespace MediaDiscovery.Embedded.Platforms;

/// <summary>
/// Everything that protects one platform: its token bucket, and a Polly pipeline of total timeout, jittered
/// retries (honouring a 429's Retry-After) and a circuit breaker around each attempt, which has its own timeout.
/// </summary>
internal sealed partial class PlatformChannel : IDisposable
{
    private readonly CircuitBreakerStateProvider circuit = new();
    private readonly TokenBucketRateLimiter limiter;
    private readonly TimeProvider clock;
    private long lastFailureTicks; // UTC ticks of the last failed attempt; 0 = never

    public PlatformChannel(string platform, PlatformAdapterOptions options, TimeProvider clock, ILogger logger)
    {
        Platform = platform;
        Options = options;
        this.clock = clock;
        BaseUrl = new Uri(options.BaseUrl!.TrimEnd('/') + "/", UriKind.Absolute);
        limiter = new TokenBucketRateLimiter(new TokenBucketRateLimiterOptions
        {
            TokenLimit = Math.Max(1, options.Burst),
            TokensPerPeriod = Math.Max(1, options.RequestsPerSecond),
            ReplenishmentPeriod = TimeSpan.FromSeconds(1),
            QueueLimit = 10_000,
            QueueProcessingOrder = QueueProcessingOrder.OldestFirst,
            AutoReplenishment = true,
        });
        Pipeline = BuildPipeline(options, clock, logger);
        Attempt = new ResiliencePipelineBuilder { TimeProvider = clock }.AddTimeout(options.AttemptTimeout).Build();
    }

    public string Platform { get; }

    public PlatformAdapterOptions Options { get; }

    public Uri BaseUrl { get; }

    public ResiliencePipeline<HttpResponseMessage> Pipeline { get; }

    public ResiliencePipeline Attempt { get; }

    public PlatformCircuitState State => circuit.CircuitState switch
    {
        CircuitState.Closed => PlatformCircuitState.Closed,
        CircuitState.HalfOpen => PlatformCircuitState.HalfOpen,
        _ => PlatformCircuitState.Open,
    };

    /// <summary>Circuit not open, no attempt failed within the recent-failure window, and a token free now.</summary>
    public bool CanAnswerNow =>
        State != PlatformCircuitState.Open
        && clock.GetUtcNow().UtcTicks - Interlocked.Read(ref lastFailureTicks) >= Options.RecentFailureWindow.Ticks
        && limiter.GetStatistics()?.CurrentAvailablePermits > 0;

    /// <summary>An attempt failed (timeout, 5xx, 429, unreachable); not the caller's own cancellation.</summary>
    public void RecordFailure() => Interlocked.Exchange(ref lastFailureTicks, clock.GetUtcNow().UtcTicks);

    /// <summary>Waits for a token (bounded by <paramref name="ct"/>); every attempt, retries included, takes one.</summary>
    public async ValueTask AcquireAsync(CancellationToken ct)
    {
        using var lease = await limiter.AcquireAsync(1, ct);
        if (!lease.IsAcquired)
            throw new PlatformRateLimitedException(Platform);
    }

    public void Dispose() => limiter.Dispose();

    private ResiliencePipeline<HttpResponseMessage> BuildPipeline(PlatformAdapterOptions options, TimeProvider clock, ILogger logger)
    {
        var transient = new PredicateBuilder<HttpResponseMessage>()
            .Handle<HttpRequestException>()
            .Handle<TimeoutRejectedException>()
            .HandleResult(r => r.StatusCode == HttpStatusCode.TooManyRequests || (int)r.StatusCode >= 500);
        var builder = new ResiliencePipelineBuilder<HttpResponseMessage> { TimeProvider = clock }.AddTimeout(options.TotalTimeout);
        if (options.MaxRetries > 0)
        {
            builder.AddRetry(new RetryStrategyOptions<HttpResponseMessage>
            {
                ShouldHandle = transient,
                MaxRetryAttempts = options.MaxRetries,
                BackoffType = DelayBackoffType.Exponential,
                UseJitter = true,
                Delay = options.RetryDelay,
                DelayGenerator = args => ValueTask.FromResult(RetryAfter(args.Outcome.Result, options.MaxRetryAfter, clock)),
                OnRetry = args =>
                {
                    args.Outcome.Result?.Dispose();
                    return ValueTask.CompletedTask;
                },
            });
        }
        return builder
            .AddCircuitBreaker(new CircuitBreakerStrategyOptions<HttpResponseMessage>
            {
                ShouldHandle = transient,
                FailureRatio = options.FailureRatio,
                MinimumThroughput = Math.Max(2, options.MinimumThroughput),
                SamplingDuration = options.SamplingDuration,
                BreakDuration = options.BreakDuration,
                StateProvider = circuit,
                OnOpened = args =>
                {
                    LogOpened(logger, Platform, args.BreakDuration.TotalSeconds);
                    return ValueTask.CompletedTask;
                },
                OnClosed = _ =>
                {
                    LogClosed(logger, Platform);
                    return ValueTask.CompletedTask;
                },
            })
            .Build();
    }

    /// <summary>A 429's Retry-After (capped), or null for the jittered backoff.</summary>
    private static TimeSpan? RetryAfter(HttpResponseMessage? response, TimeSpan max, TimeProvider clock)
    {
        if (response?.StatusCode != HttpStatusCode.TooManyRequests || response.Headers.RetryAfter is not { } after)
            return null;
        var delay = after.Delta ?? (after.Date is { } date ? date - clock.GetUtcNow() : TimeSpan.Zero);
        return delay < TimeSpan.Zero ? TimeSpan.Zero : delay > max ? max : delay;
    }

    [LoggerMessage(Level = LogLevel.Warning, Message = "Circuit of platform {Platform} opened for {Seconds} s")]
    private static partial void LogOpened(ILogger logger, string platform, double seconds);

    [LoggerMessage(Level = LogLevel.Information, Message = "Circuit of platform {Platform} closed")]
    private static partial void LogClosed(ILogger logger, string platform);
}
