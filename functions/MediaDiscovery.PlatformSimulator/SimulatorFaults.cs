namespace MediaDiscovery.PlatformSimulator;

/// <summary>
/// What a simulated platform does wrong, per request: a fixed extra latency, then with the given probabilities a
/// stall (answers only after <see cref="StallMs"/>: a client times out first), a 503, or a 429 with Retry-After.
/// </summary>
public sealed record SimulatorFaults(
    int LatencyMs = 0,
    double ErrorRate = 0,
    double ThrottleRate = 0,
    int RetryAfterSeconds = 1,
    double StallRate = 0,
    int StallMs = 0)
{
    public static readonly SimulatorFaults None = new();

    public Dictionary<string, string[]> Validate()
    {
        var errors = new Dictionary<string, string[]>();
        Check(errors, "latencyMs", LatencyMs is >= 0 and <= 60_000, "Must be 0..60000.");
        Check(errors, "stallMs", StallMs is >= 0 and <= 60_000, "Must be 0..60000.");
        Check(errors, "retryAfterSeconds", RetryAfterSeconds is >= 0 and <= 3600, "Must be 0..3600.");
        Check(errors, "errorRate", ErrorRate is >= 0 and <= 1, "Must be 0..1.");
        Check(errors, "throttleRate", ThrottleRate is >= 0 and <= 1, "Must be 0..1.");
        Check(errors, "stallRate", StallRate is >= 0 and <= 1, "Must be 0..1.");
        return errors;
    }

    private static void Check(Dictionary<string, string[]> errors, string field, bool valid, string message)
    {
        if (!valid)
            errors[field] = [message];
    }
}
