namespace MediaDiscovery.Aws.Tests.Caching;

/// <summary>The tests that share one redis-server (each uses its own key prefix).</summary>
[CollectionDefinition(Name)]
public sealed class RedisCollection : ICollectionFixture<RedisServer>
{
    public const string Name = "redis";
}
