namespace MediaDiscovery.Aws.Http;

/// <summary>How often and how patiently a call to an AWS endpoint is retried on throttling and server errors.</summary>
public sealed record HttpRetryOptions
{
    public static readonly HttpRetryOptions Default = new();

    /// <summary>Retries after the first attempt.</summary>
    public int MaxRetries { get; set; } = 4;

    /// <summary>The first backoff; each next one doubles, with jitter, up to <see cref="MaxDelay"/>.</summary>
    public TimeSpan FirstDelay { get; set; } = TimeSpan.FromMilliseconds(200);

    public TimeSpan MaxDelay { get; set; } = TimeSpan.FromSeconds(5);
}
