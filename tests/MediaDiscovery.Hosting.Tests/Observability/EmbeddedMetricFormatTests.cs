using System.Text.Json;
using MediaDiscovery.Hosting.Observability;
using MediaDiscovery.Testing;
using Microsoft.Extensions.FileProviders;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;

namespace MediaDiscovery.Hosting.Tests.Observability;

/// <summary>Metric records follow CloudWatch's Embedded Metric Format: every declared metric and dimension has a value.</summary>
public sealed class EmbeddedMetricFormatTests
{
    [Fact]
    public void A_request_metric_is_a_valid_emf_record()
    {
        var lines = new CapturingLoggerProvider();
        using var loggers = LoggerFactory.Create(b => b.AddProvider(lines).SetMinimumLevel(LogLevel.Information));
        var at = new DateTimeOffset(2026, 11, 22, 12, 0, 0, TimeSpan.Zero);
        var metrics = new ApiMetrics(new EmbeddedMetricWriter(loggers, new Environment(), new FixedClock(at)));

        metrics.RequestCompleted("POST /api/v1/search", 429, 1.23456);
        metrics.CacheLookup("search", hit: true);

        Assert.Equal(2, lines.Lines.Count);
        using var record = JsonDocument.Parse(lines.Lines[0]);
        var root = record.RootElement;
        var aws = root.GetProperty("_aws");
        Assert.Equal(at.ToUnixTimeMilliseconds(), aws.GetProperty("Timestamp").GetInt64());
        var directive = aws.GetProperty("CloudWatchMetrics")[0];
        Assert.Equal("MediaDiscovery", directive.GetProperty("Namespace").GetString());
        foreach (var dimension in directive.GetProperty("Dimensions")[0].EnumerateArray())
            Assert.Equal(JsonValueKind.String, root.GetProperty(dimension.GetString()!).ValueKind);
        foreach (var metric in directive.GetProperty("Metrics").EnumerateArray())
            Assert.Equal(JsonValueKind.Number, root.GetProperty(metric.GetProperty("Name").GetString()!).ValueKind);
        Assert.Equal("search-function", root.GetProperty("Service").GetString());
        Assert.Equal("POST /api/v1/search", root.GetProperty("Route").GetString());
        Assert.Equal("4xx", root.GetProperty("StatusClass").GetString());
        Assert.Equal(1.235, root.GetProperty("Latency").GetDouble());
        Assert.Equal(1, JsonDocument.Parse(lines.Lines[1]).RootElement.GetProperty("CacheHit").GetInt32());
    }

    private sealed class Environment : IHostEnvironment
    {
        public string EnvironmentName { get; set; } = "Production";

        public string ApplicationName { get; set; } = "search-function";

        public string ContentRootPath { get; set; } = "/";

        public IFileProvider ContentRootFileProvider { get; set; } = new NullFileProvider();
    }

    private sealed class CapturingLoggerProvider : ILoggerProvider
    {
        public List<string> Lines { get; } = [];

        public ILogger CreateLogger(string categoryName) => new Capturing(this);

        public void Dispose()
        {
        }

        private sealed class Capturing(CapturingLoggerProvider owner) : ILogger
        {
            public IDisposable? BeginScope<TState>(TState state)
                where TState : notnull => null;

            public bool IsEnabled(LogLevel logLevel) => true;

            public void Log<TState>(LogLevel logLevel, EventId eventId, TState state, Exception? exception, Func<TState, Exception?, string> formatter) =>
                owner.Lines.Add(formatter(state, exception));
        }
    }
}
