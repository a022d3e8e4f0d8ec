namespace MediaDiscovery.Core.Recommendations;

/// <summary>Exponential decay by half-life; events from the future (clock skew) count as now.</summary>
public static class Decay
{
    public static double Factor(TimeSpan age, TimeSpan halfLife) =>
        halfLife <= TimeSpan.Zero || age <= TimeSpan.Zero ? 1 : Math.Pow(0.5, age / halfLife);
}
