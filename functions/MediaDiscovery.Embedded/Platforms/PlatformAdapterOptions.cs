namespace MediaDiscovery.Embedded.Platforms;

/// <summary>
/// One platform's adapter (<c>Availability:Platforms:&lt;platform&gt;</c>): where to ask, with which key, how fast
/// and how patiently. A platform without a <see cref="BaseUrl"/> is not checked at all.
/// </summary>
public sealed record PlatformAdapterOptions
{
    /// <summary>The platform's availability API, e.g. <c>http://127.0.0.1:5080/simulator/netflix</c>.</summary>
    public string? BaseUrl { get; set; }

    /// <summary>Sent as <c>X-Api-Key</c> (in AWS resolved from a Secrets Manager parameter into configuration).</summary>
    public string? ApiKey { get; set; }

    /// <summary>Token bucket: sustained requests per second and the burst above it.</summary>
    public int RequestsPerSecond { get; set; } = 20;

    public int Burst { get; set; } = 20;

    /// <summary>One HTTP attempt. A batch of 100 ids answers in tens of milliseconds; a 2 s stall is a failure
    /// (counted by the breaker), not a slow success.</summary>
    public TimeSpan AttemptTimeout { get; set; } = TimeSpan.FromSeconds(1);

    /// <summary>The whole call, retries and waits for tokens included.</summary>
    public TimeSpan TotalTimeout { get; set; } = TimeSpan.FromSeconds(15);

    public int MaxRetries { get; set; } = 3;

    /// <summary>Base of the jittered exponential backoff.</summary>
    public TimeSpan RetryDelay { get; set; } = TimeSpan.FromMilliseconds(200);

    /// <summary>A 429's <c>Retry-After</c> is honoured up to this.</summary>
    public TimeSpan MaxRetryAfter { get; set; } = TimeSpan.FromSeconds(5);

    /// <summary>Circuit breaker: opens when this share of at least <see cref="MinimumThroughput"/> calls within
    /// <see cref="SamplingDuration"/> failed, for <see cref="BreakDuration"/>.</summary>
    public double FailureRatio { get; set; } = 0.3;

    public int MinimumThroughput { get; set; } = 10;

    public TimeSpan SamplingDuration { get; set; } = TimeSpan.FromSeconds(30);

    public TimeSpan BreakDuration { get; set; } = TimeSpan.FromSeconds(30);

    /// <summary>After a failed attempt (timeout, 5xx, 429, unreachable), latency-bound callers do not ask the
    /// platform for this long (<see cref="HttpPlatformAvailabilityChecker.CanAnswerNow"/>), even with the circuit closed.</summary>
    public TimeSpan RecentFailureWindow { get; set; } = TimeSpan.FromSeconds(10);
}
