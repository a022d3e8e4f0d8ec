using System.Text;
using System.Text.Json;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;

namespace MediaDiscovery.Hosting.Observability;

/// <summary>
/// Writes CloudWatch Embedded Metric Format records: one JSON log line per observation, which CloudWatch Logs turns
/// into metrics (namespace <see cref="MetricsLog.Namespace"/>, dimension sets [Service] + the given dimensions)
/// with no API call from the function.
/// </summary>
public sealed class EmbeddedMetricWriter(ILoggerFactory loggers, IHostEnvironment environment, TimeProvider time)
{
    private readonly ILogger logger = loggers.CreateLogger(MetricsLog.Category);
    private readonly string service = environment.ApplicationName;

    public bool IsEnabled => logger.IsEnabled(LogLevel.Information);

    public void Write(ReadOnlySpan<(string Name, string Value)> dimensions, ReadOnlySpan<(string Name, double Value, string Unit)> metrics)
    {
        if (!IsEnabled)
            return;
        using var buffer = new MemoryStream();
        using (var json = new Utf8JsonWriter(buffer))
        {
            json.WriteStartObject();
            json.WriteStartObject("_aws");
            json.WriteNumber("Timestamp", time.GetUtcNow().ToUnixTimeMilliseconds());
            json.WriteStartArray("CloudWatchMetrics");
            json.WriteStartObject();
            json.WriteString("Namespace", MetricsLog.Namespace);
            json.WriteStartArray("Dimensions");
            json.WriteStartArray();
            json.WriteStringValue("Service");
            foreach (var (name, _) in dimensions)
                json.WriteStringValue(name);
            json.WriteEndArray();
            json.WriteEndArray();
            json.WriteStartArray("Metrics");
            foreach (var (name, _, unit) in metrics)
            {
                json.WriteStartObject();
                json.WriteString("Name", name);
                json.WriteString("Unit", unit);
                json.WriteEndObject();
            }
            json.WriteEndArray();
            json.WriteEndObject();
            json.WriteEndArray();
            json.WriteEndObject();
            json.WriteString("Service", service);
            foreach (var (name, value) in dimensions)
                json.WriteString(name, value);
            foreach (var (name, value, _) in metrics)
                json.WriteNumber(name, Math.Round(value, 3));
            json.WriteEndObject();
        }
        var line = Encoding.UTF8.GetString(buffer.GetBuffer(), 0, (int)buffer.Length);
#pragma warning disable CA1848, CA2254 // The line is the record itself, not a message template.
        logger.LogInformation(line);
#pragma warning restore CA1848, CA2254
    }
}
