namespace MediaDiscovery.Embedded.Webhooks;

/// <summary>Configuration section <c>Webhooks:Queue</c>: retries and retention of the embedded webhook queue.</summary>
public sealed record WebhookQueueOptions
{
    /// <summary>Deliveries of a message before it moves to the dead letters.</summary>
    public int MaxAttempts { get; set; } = 5;

    /// <summary>Wait before the second delivery; doubled for each further one, up to <see cref="MaxRetryDelay"/>.</summary>
    public TimeSpan FirstRetryDelay { get; set; } = TimeSpan.FromSeconds(5);

    public TimeSpan MaxRetryDelay { get; set; } = TimeSpan.FromMinutes(10);

    /// <summary>A taken message not acknowledged or failed within this time is delivered again (a crashed consumer).</summary>
    public TimeSpan Lease { get; set; } = TimeSpan.FromMinutes(2);

    /// <summary>How long webhook ids are remembered to refuse duplicates: senders retry for about three days.</summary>
    public TimeSpan DedupRetention { get; set; } = TimeSpan.FromDays(7);

    public TimeSpan RetryDelay(int attempts)
    {
        var exponential = FirstRetryDelay * Math.Pow(2, Math.Clamp(attempts - 1, 0, 30));
        return exponential < MaxRetryDelay ? exponential : MaxRetryDelay;
    }
}
