using System.Text.Json.Nodes;
using Amazon.CDK.AWS.DynamoDB;

namespace MediaDiscovery.Cdk.Tests;

[Collection(StacksCollection.Name)]
public sealed class DataTests(Stacks stacks)
{
    [Fact]
    public void Tables_are_keyed_as_the_DynamoDB_adapters_expect()
    {
        var tables = stacks.Dev.Stack.Tables;
        Assert.Equal("id:HASH", Keys(Table(tables.Titles)));
        Assert.Equal("externalId:HASH", Keys(Table(tables.Availability)));
        Assert.Equal("key:HASH", Keys(Table(tables.Metadata)));
        Assert.Equal("userId:HASH,sk:RANGE", Keys(Table(tables.Users)));
        Assert.Equal("titleId:HASH,changeId:RANGE", Keys(Table(tables.AvailabilityChanges)));

        var byPlatform = Assert.Single(Table(tables.Availability)["GlobalSecondaryIndexes"]!.AsArray())!;
        Assert.Equal("by-platform", (string?)byPlatform["IndexName"]);
        Assert.Equal("platform:HASH,titleId:RANGE", Keys(byPlatform.AsObject()));
        Assert.Equal("KEYS_ONLY", (string?)byPlatform["Projection"]!["ProjectionType"]);

        var watched = Assert.Single(Table(tables.Users)["GlobalSecondaryIndexes"]!.AsArray())!;
        Assert.Equal("by-watched-title", (string?)watched["IndexName"]);
        Assert.Equal("watchedTitleId:HASH,userId:RANGE", Keys(watched.AsObject()));
    }

    [Fact]
    public void Every_table_is_on_demand_recoverable_protected_and_encrypted()
    {
        var tables = stacks.Prod.OfType("AWS::DynamoDB::Table");
        Assert.Equal(5, tables.Count);
        foreach (var (id, table) in tables)
        {
            Assert.Equal("PAY_PER_REQUEST", (string?)table["BillingMode"]);
            Assert.True((bool)table["PointInTimeRecoverySpecification"]!["PointInTimeRecoveryEnabled"]!);
            Assert.True((bool)table["DeletionProtectionEnabled"]!);
            Assert.True((bool)table["SSESpecification"]!["SSEEnabled"]!);
            Assert.Equal("Retain", (string?)stacks.Prod.Resources[id]!["DeletionPolicy"]);
            Assert.Null(table["TableName"]);
        }
    }

    [Fact]
    public void OpenSearch_is_private_encrypted_fine_grained_and_sized_by_stage()
    {
        foreach (var stack in stacks.Both)
        {
            var domain = Assert.Single(stack.OfType("AWS::OpenSearchService::Domain")).Properties;
            Assert.Equal("OpenSearch_2.19", (string?)domain["EngineVersion"]);
            Assert.NotNull(domain["VPCOptions"]);
            Assert.True((bool)domain["EncryptionAtRestOptions"]!["Enabled"]!);
            Assert.True((bool)domain["NodeToNodeEncryptionOptions"]!["Enabled"]!);
            Assert.True((bool)domain["DomainEndpointOptions"]!["EnforceHTTPS"]!);
            var security = domain["AdvancedSecurityOptions"]!;
            Assert.True((bool)security["Enabled"]!);
            Assert.False((bool)security["InternalUserDatabaseEnabled"]!);
            Assert.Contains(stack.LogicalId(stack.Stack.SearchAdmin), security["MasterUserOptions"]!["MasterUserARN"]!.ToJsonString(), StringComparison.Ordinal);
        }
        Assert.False((bool)Cluster(stacks.Dev)["DedicatedMasterEnabled"]!);
        Assert.True((bool)Cluster(stacks.Prod)["DedicatedMasterEnabled"]!);
        Assert.Equal(3, (int)Cluster(stacks.Prod)["DedicatedMasterCount"]!);
        Assert.True((bool)Cluster(stacks.Prod)["ZoneAwarenessEnabled"]!);
    }

    [Fact]
    public void The_query_cache_is_serverless_Valkey_inside_the_VPC()
    {
        var cache = Assert.Single(stacks.Dev.OfType("AWS::ElastiCache::ServerlessCache")).Properties;
        Assert.Equal("valkey", (string?)cache["Engine"]);
        Assert.Equal(2, cache["SubnetIds"]!.AsArray().Count);
        Assert.Contains(stacks.Dev.LogicalId(stacks.Dev.Stack.Network.DataSecurityGroup), cache["SecurityGroupIds"]!.ToJsonString(), StringComparison.Ordinal);
    }

    [Fact]
    public void Webhook_signing_secrets_exist_for_every_platform()
    {
        // One per platform, the platform credentials, and the edge secret (PageTests).
        Assert.Equal(PlatformSecrets.Platforms.Count + 2, stacks.Dev.OfType("AWS::SecretsManager::Secret").Count);
        Assert.Equal(["disney-plus", "hulu", "netflix", "prime-video"], stacks.Dev.Stack.Secrets.WebhookSigning.Keys.Order());
    }

    [Fact]
    public void The_user_and_change_tables_have_the_secondary_indexes_their_stores_query()
    {
        var users = Table(stacks.Dev.Stack.Tables.Users);
        var byTime = Assert.Single(users["LocalSecondaryIndexes"]!.AsArray())!;
        Assert.Equal("by-time", (string?)byTime["IndexName"]);
        Assert.Equal("userId:HASH,timeKey:RANGE", Keys(byTime.AsObject()));
        var changes = Table(stacks.Dev.Stack.Tables.AvailabilityChanges);
        var byOccurred = Assert.Single(changes["LocalSecondaryIndexes"]!.AsArray())!;
        Assert.Equal("by-occurred", (string?)byOccurred["IndexName"]);
        Assert.Equal("titleId:HASH,occurredKey:RANGE", Keys(byOccurred.AsObject()));
    }

    private JsonObject Table(Table table) => stacks.Dev.Properties(stacks.Dev.LogicalId(table));

    private static JsonObject Cluster(SynthesizedStack stack) =>
        Assert.Single(stack.OfType("AWS::OpenSearchService::Domain")).Properties["ClusterConfig"]!.AsObject();

    private static string Keys(JsonObject definition) =>
        string.Join(',', definition["KeySchema"]!.AsArray().Select(k => $"{k!["AttributeName"]}:{k["KeyType"]}"));
}
