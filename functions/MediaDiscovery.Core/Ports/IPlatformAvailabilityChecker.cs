using MediaDiscovery.Core.Availability;

namespace MediaDiscovery.Core.Ports;

/// <summary>
/// Asks a platform whether titles are available on it right now (HTTP adapters with rate limits, timeouts, retries
/// and a circuit breaker per platform). Never throws for a platform failure: the result says what went wrong.
/// </summary>
public interface IPlatformAvailabilityChecker
{
    /// <summary>True when the platform has an adapter configured (a base URL); others are never asked.</summary>
    bool IsConfigured(string platform);

    /// <summary>The platform's circuit now: an open circuit means asking would fail at once.</summary>
    PlatformCircuitState CircuitOf(string platform);

    /// <summary>
    /// True when asking the platform now should answer at once: configured, circuit not open, no attempt failed
    /// recently and a rate-limit token free. Callers on a latency budget (search) skip the platform otherwise.
    /// </summary>
    bool CanAnswerNow(string platform);

    /// <summary>One answer per show id asked (a show the platform does not know is reported unavailable).</summary>
    Task<PlatformCheckResult> CheckAsync(string platform, IReadOnlyList<string> showIds, CancellationToken ct = default);
}
