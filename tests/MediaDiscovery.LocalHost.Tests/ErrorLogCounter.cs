using Microsoft.Extensions.Logging;

namespace MediaDiscovery.LocalHost.Tests;

/// <summary>Counts log entries at Error or above, so tests can assert that nothing blew up inside.</summary>
public sealed class ErrorLogCounter : ILoggerProvider
{
    private int errors;
    private readonly List<string> messages = [];

    public int Errors => Volatile.Read(ref errors);

    public IReadOnlyList<string> Messages
    {
        get
        {
            lock (messages)
                return messages.ToList();
        }
    }

    public ILogger CreateLogger(string categoryName) => new Counter(this, categoryName);

    public void Dispose()
    {
    }

    private sealed class Counter(ErrorLogCounter owner, string category) : ILogger
    {
        public IDisposable? BeginScope<TState>(TState state)
            where TState : notnull => null;

        // An unhealthy readiness check while the indexes warm up is expected and reported by /ready itself.
        public bool IsEnabled(LogLevel logLevel) => logLevel >= LogLevel.Error && !category.EndsWith("DefaultHealthCheckService", StringComparison.Ordinal);

        public void Log<TState>(LogLevel logLevel, EventId eventId, TState state, Exception? exception, Func<TState, Exception?, string> formatter)
        {
            if (!IsEnabled(logLevel))
                return;
            Interlocked.Increment(ref owner.errors);
            lock (owner.messages)
                owner.messages.Add($"{category}: {formatter(state, exception)} {exception?.GetType().Name}");
        }
    }
}
