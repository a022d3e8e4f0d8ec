namespace MediaDiscovery.Aws.Caching;

/// <summary>
/// Where <see cref="RedisQueryCache"/> finds Redis (ElastiCache/Valkey) and how little it may wait for it: every
/// timeout is short because a cache that is slow to answer costs more than a miss.
/// </summary>
public sealed record RedisQueryCacheOptions
{
    /// <summary>A StackExchange.Redis configuration string, e.g. <c>primary.xyz.cache.amazonaws.com:6379,ssl=true</c>.</summary>
    public string Configuration { get; set; } = "127.0.0.1:6379";

    /// <summary>Prepended to every key, so one Redis can serve several stages or tests.</summary>
    public string KeyPrefix { get; set; } = "md:qc:";

    public TimeSpan ConnectTimeout { get; set; } = TimeSpan.FromMilliseconds(200);

    /// <summary>The longest one GET/SET/INCR may take before it counts as a miss.</summary>
    public TimeSpan OperationTimeout { get; set; } = TimeSpan.FromMilliseconds(150);

    /// <summary>How long an instance reuses the generation it last read (one round trip saved per search).</summary>
    public TimeSpan GenerationRefreshInterval { get; set; } = TimeSpan.FromSeconds(1);

    /// <summary>After a failed first connection, how long to wait before trying again.</summary>
    public TimeSpan ReconnectInterval { get; set; } = TimeSpan.FromSeconds(5);

    public string GenerationKey => KeyPrefix + "generation";
}
