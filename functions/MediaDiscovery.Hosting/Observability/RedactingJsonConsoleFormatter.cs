using System.Text;
using System.Text.Json;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Logging.Abstractions;
using Microsoft.Extensions.Logging.Console;
using Microsoft.Extensions.Options;

namespace MediaDiscovery.Hosting.Observability;

/// <summary>
/// One JSON object per log line (the shape of the built-in JSON console formatter: Timestamp, EventId, LogLevel,
/// Category, Message, Exception, State, Scopes), with every string passed through <see cref="LogRedactor"/>.
/// Lines whose message is already JSON (Embedded Metric Format records) are written as they are.
/// </summary>
public sealed class RedactingJsonConsoleFormatter(IOptionsMonitor<JsonConsoleFormatterOptions> options) : ConsoleFormatter(FormatterName)
{
    public const string FormatterName = "redacted-json";

    public override void Write<TState>(in LogEntry<TState> logEntry, IExternalScopeProvider? scopeProvider, TextWriter textWriter)
    {
        var message = logEntry.Formatter(logEntry.State, logEntry.Exception);
        if (logEntry.Category == MetricsLog.Category)
        {
            textWriter.WriteLine(message);
            return;
        }
        var settings = options.CurrentValue;
        using var buffer = new MemoryStream();
        using (var json = new Utf8JsonWriter(buffer))
        {
            json.WriteStartObject();
            var time = settings.UseUtcTimestamp ? DateTimeOffset.UtcNow : DateTimeOffset.Now;
            json.WriteString("Timestamp", time.ToString(settings.TimestampFormat ?? "O", System.Globalization.CultureInfo.InvariantCulture));
            json.WriteNumber("EventId", logEntry.EventId.Id);
            json.WriteString("LogLevel", logEntry.LogLevel.ToString());
            json.WriteString("Category", logEntry.Category);
            json.WriteString("Message", LogRedactor.Redact(message));
            if (logEntry.Exception is { } exception)
                json.WriteString("Exception", LogRedactor.Redact(exception.ToString()));
            if (logEntry.State is IReadOnlyList<KeyValuePair<string, object?>> state)
            {
                json.WriteStartObject("State");
                foreach (var (key, value) in state)
                    json.WriteString(key, LogRedactor.Redact(Convert.ToString(value, System.Globalization.CultureInfo.InvariantCulture) ?? ""));
                json.WriteEndObject();
            }
            if (settings.IncludeScopes && scopeProvider is not null)
                WriteScopes(json, scopeProvider);
            json.WriteEndObject();
        }
        textWriter.WriteLine(Encoding.UTF8.GetString(buffer.GetBuffer(), 0, (int)buffer.Length));
    }

    private static void WriteScopes(Utf8JsonWriter json, IExternalScopeProvider scopeProvider)
    {
        json.WriteStartArray("Scopes");
        scopeProvider.ForEachScope(static (scope, writer) =>
        {
            if (scope is IEnumerable<KeyValuePair<string, object?>> pairs)
            {
                writer.WriteStartObject();
                foreach (var (key, value) in pairs)
                    writer.WriteString(key, LogRedactor.Redact(Convert.ToString(value, System.Globalization.CultureInfo.InvariantCulture) ?? ""));
                writer.WriteEndObject();
            }
            else if (scope is not null)
            {
                writer.WriteStringValue(LogRedactor.Redact(Convert.ToString(scope, System.Globalization.CultureInfo.InvariantCulture) ?? ""));
            }
        }, json);
        json.WriteEndArray();
    }
}
