namespace MediaDiscovery.Hosting.Observability;

/// <summary>The log category of Embedded Metric Format records: the JSON formatter writes their lines verbatim.</summary>
public static class MetricsLog
{
    public const string Category = "MediaDiscovery.Metrics";

    public const string Namespace = "MediaDiscovery";
}
