namespace MediaDiscovery.Aws.Catalog;

/// <summary>
/// How long to back off before resending what a batch call left unprocessed (DynamoDB does that under
/// throttling instead of failing the call): exponential with jitter, capped, a bounded number of times.
/// </summary>
public sealed record UnprocessedRetryPolicy(int MaxAttempts, TimeSpan FirstDelay, TimeSpan MaxDelay)
{
    public static readonly UnprocessedRetryPolicy Default = new(10, TimeSpan.FromMilliseconds(50), TimeSpan.FromSeconds(5));

    /// <summary>The pause before retry number <paramref name="retry"/> (1-based).</summary>
    public TimeSpan DelayBefore(int retry)
    {
        var exponential = FirstDelay * Math.Pow(2, Math.Min(retry - 1, 30));
        var capped = exponential < MaxDelay ? exponential : MaxDelay;
        // Jitter keeps parallel chunk writers from retrying in lockstep.
        return capped * (0.5 + (Random.Shared.NextDouble() / 2));
    }
}
