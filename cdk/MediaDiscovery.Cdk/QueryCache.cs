using Amazon.CDK;
using Amazon.CDK.AWS.ElastiCache;
using Constructs;

namespace MediaDiscovery.Cdk;

/// <summary>ElastiCache Serverless (Valkey) in the VPC, TLS only: the shared query cache and rate-limit buckets.</summary>
public sealed class QueryCache : Construct
{
    public QueryCache(Construct scope, string id, DeploymentSettings settings, PrivateNetwork network) : base(scope, id)
    {
        ArgumentNullException.ThrowIfNull(settings);
        ArgumentNullException.ThrowIfNull(network);
        Cache = new CfnServerlessCache(this, "Cache", new CfnServerlessCacheProps
        {
            ServerlessCacheName = $"mediadiscovery-{settings.Stage.ToString().ToLowerInvariant()}",
            Engine = "valkey",
            MajorEngineVersion = "8",
            SubnetIds = network.Vpc.SelectSubnets(new Amazon.CDK.AWS.EC2.SubnetSelection { SubnetType = Amazon.CDK.AWS.EC2.SubnetType.PRIVATE_WITH_EGRESS }).SubnetIds,
            SecurityGroupIds = [network.DataSecurityGroup.SecurityGroupId],
            // A ceiling on what a runaway can cost: the cache holds search results, not data of record.
            CacheUsageLimits = new CfnServerlessCache.CacheUsageLimitsProperty
            {
                DataStorage = new CfnServerlessCache.DataStorageProperty { Maximum = settings.IsProduction ? 10 : 1, Unit = "GB" },
                EcpuPerSecond = new CfnServerlessCache.ECPUPerSecondProperty { Maximum = settings.IsProduction ? 100_000 : 5_000 },
            },
        });
    }

    public CfnServerlessCache Cache { get; }

    /// <summary>The configuration the functions read (<c>Cache:*</c>, <c>RateLimiting:Backend</c>).</summary>
    public Dictionary<string, string> Environment() => new()
    {
        ["Cache__Backend"] = "redis",
        ["Cache__Redis__Configuration"] = Fn.Join("", [Cache.AttrEndpointAddress, ":", Cache.AttrEndpointPort, ",ssl=true"]),
        ["RateLimiting__Backend"] = "redis",
    };
}
