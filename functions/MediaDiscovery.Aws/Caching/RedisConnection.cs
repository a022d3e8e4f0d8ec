using StackExchange.Redis;

namespace MediaDiscovery.Aws.Caching;

/// <summary>
/// One lazily opened multiplexer. It never blocks a caller beyond the given wait: while connecting, disconnected
/// (the multiplexer reconnects by itself, since AbortOnConnectFail is off) or after a failed connect (retried after
/// <see cref="RedisQueryCacheOptions.ReconnectInterval"/>), callers get no database and treat it as a miss.
/// </summary>
internal sealed class RedisConnection(RedisQueryCacheOptions options, TimeProvider time) : IAsyncDisposable
{
    private readonly Lock gate = new();
    private Task<ConnectionMultiplexer>? connecting;
    private DateTimeOffset startedAt;
    private bool disposed;

    public bool IsConnected => connecting is { IsCompletedSuccessfully: true } task && task.Result.IsConnected;

    public async Task<IDatabase?> GetDatabaseAsync(TimeSpan wait, CancellationToken ct)
    {
        var task = Current();
        if (task is null)
            return null;
        if (!task.IsCompleted)
        {
            try
            {
                await task.WaitAsync(wait, time, ct);
            }
            catch (TimeoutException)
            {
                return null;
            }
        }
        var multiplexer = await task;
        return multiplexer.IsConnected ? multiplexer.GetDatabase() : null;
    }

    public async ValueTask DisposeAsync()
    {
        Task<ConnectionMultiplexer>? task;
        lock (gate)
        {
            disposed = true;
            task = connecting;
            connecting = null;
        }
        if (task is { IsCompletedSuccessfully: true })
            await task.Result.CloseAsync(allowCommandsToComplete: false);
        else if (task is not null)
            _ = task.ContinueWith(t => t.Result.Dispose(), CancellationToken.None, TaskContinuationOptions.OnlyOnRanToCompletion, TaskScheduler.Default);
    }

    private Task<ConnectionMultiplexer>? Current()
    {
        lock (gate)
        {
            if (disposed)
                return null;
            var retry = connecting is { IsFaulted: true } && time.GetUtcNow() - startedAt >= options.ReconnectInterval;
            if (connecting is null || retry)
            {
                startedAt = time.GetUtcNow();
                connecting = ConnectionMultiplexer.ConnectAsync(Configuration(options));
            }
            return connecting.IsFaulted ? null : connecting;
        }
    }

    private static ConfigurationOptions Configuration(RedisQueryCacheOptions options)
    {
        var configuration = ConfigurationOptions.Parse(options.Configuration);
        configuration.AbortOnConnectFail = false;
        configuration.ConnectTimeout = (int)options.ConnectTimeout.TotalMilliseconds;
        configuration.SyncTimeout = (int)options.OperationTimeout.TotalMilliseconds;
        configuration.AsyncTimeout = (int)options.OperationTimeout.TotalMilliseconds;
        configuration.ConnectRetry = 1;
        // Resolve host names up front: the 1.x client's own DNS-endpoint connects are unreliable on Linux runtimes.
        configuration.ResolveDns = true;
        return configuration;
    }
}
