namespace MediaDiscovery.Embedded.Platforms;

/// <summary>
/// One platform's adapter (<c>Availability:Platforms:&lt;platform&gt;</c>): where to ask, with which key, how fast
/// and how patiently. A platform without a <see cref="BaseUrl"/> is not checked at all.
/// </summary>
public sealed record PlatformAdapterOptions
{
    /// <summary>The platform's availability API, e.g. <c>http://127.0.0.1:5080/simulator/netflix</c>.</summary>
    public string? BaseUrl { get; init; }

    /// <summary>Sent as <c>X-Api-Key</c> (in AWS resolved from a Secrets Manager parameter into configuration).</summary>
    public string? ApiKey { get; init; }

    /// <summary>Token bucket: sustained requests per second and the burst above it.</summary>
    public int RequestsPerSecond { get; init; } = 20;

    public int Burst { get; init; } = 20;

    /// <summary>One HTTP attempt. A batch of 100 ids answers in tens of milliseconds; a 2 s stall is a failure
    /// (counted by the breaker), not a slow success.</summary>
    public TimeSpan AttemptTimeout { get; init; } = TimeSpan.FromSeconds(1);

    /// <summary>The whole call, retries and waits for tokens included.</summary>
    public TimeSpan TotalTimeout { get; init; } = TimeSpan.FromSeconds(15);

    public int MaxRetries { get; init; } = 3;

    /// <summary>Base of the jittered exponential backoff.</summary>
    public TimeSpan RetryDelay { get; init; } = TimeSpan.FromMilliseconds(200);

    /// <summary>A 429's <c>Retry-After</c> is honoured up to this.</summary>
    public TimeSpan MaxRetryAfter { get; init; } = TimeSpan.FromSeconds(5);

    /// <summary>Circuit breaker: opens when this share of at least <see cref="MinimumThroughput"/> calls within
    /// <see cref="SamplingDuration"/> failed, for <see cref="BreakDuration"/>.</summary>
    public double FailureRatio { get; init; } = 0.3;

    public int MinimumThroughput { get; init; } = 10;

    public TimeSpan SamplingDuration { get; init; } = TimeSpan.FromSeconds(30);

    public TimeSpan BreakDuration { get; init; } = TimeSpan.FromSeconds(30);

    /// <summary>After a failed attempt (timeout, 5xx, 429, unreachable), latency-bound callers do not ask the
    /// platform for this long (<see cref="HttpPlatformAvailabilityChecker.CanAnswerNow"/>), even with the circuit closed.</summary>
    public TimeSpan RecentFailureWindow { get; init; } = TimeSpan.FromSeconds(10);
}
