namespace MediaDiscovery.Core.Availability;

/// <summary>The circuit breaker of one platform's adapter.</summary>
public enum PlatformCircuitState
{
    /// <summary>Calls go through.</summary>
    Closed,

    /// <summary>Too many recent failures: calls fail at once until the break ends.</summary>
    Open,

    /// <summary>The break ended; a trial call decides whether to close again.</summary>
    HalfOpen,

    /// <summary>No adapter is configured for the platform.</summary>
    NotConfigured,
}
