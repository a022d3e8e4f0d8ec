namespace MediaDiscovery.Hosting.Observability;

/// <summary>
/// The platform's metrics, as Embedded Metric Format records: request latency per route and status, search stage
/// latency, cache hit rate (Average of CacheHit), platform adapter errors and circuit state, queue lag. Adapters
/// and handlers call these hooks; alarms in docs/operations.md read them.
/// </summary>
public sealed class ApiMetrics(EmbeddedMetricWriter writer)
{
    public const string Milliseconds = "Milliseconds";
    public const string Count = "Count";
    public const string Seconds = "Seconds";
    public const string None = "None";

    public void RequestCompleted(string route, int status, double milliseconds) =>
        writer.Write(
            [("Route", route), ("StatusClass", (status / 100) + "xx")],
            [("Latency", milliseconds, Milliseconds), ("Requests", 1, Count), ("Status", status, None)]);

    public void StageCompleted(string stage, double milliseconds) =>
        writer.Write([("Stage", stage)], [("StageLatency", milliseconds, Milliseconds)]);

    public void CacheLookup(string cache, bool hit) =>
        writer.Write([("Cache", cache)], [("CacheHit", hit ? 1 : 0, Count)]);

    public void AdapterError(string adapter, string operation) =>
        writer.Write([("Adapter", adapter), ("Operation", operation)], [("AdapterErrors", 1, Count)]);

    /// <summary>1 while the adapter's circuit is open (calls short-circuited), 0 when closed again.</summary>
    public void CircuitState(string adapter, bool open) =>
        writer.Write([("Adapter", adapter)], [("CircuitOpen", open ? 1 : 0, None)]);

    public void QueueLag(string queue, TimeSpan lag) =>
        writer.Write([("Queue", queue)], [("QueueLag", lag.TotalSeconds, Seconds)]);

    public void RateLimited(string tier) =>
        writer.Write([("Tier", tier)], [("RateLimited", 1, Count)]);
}
