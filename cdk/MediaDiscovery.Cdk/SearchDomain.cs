using System.Globalization;
using Amazon.CDK;
using Amazon.CDK.AWS.EC2;
using Amazon.CDK.AWS.IAM;
using Amazon.CDK.AWS.OpenSearchService;
using Constructs;

namespace MediaDiscovery.Cdk;

/// <summary>
/// The OpenSearch domain for hybrid retrieval (2.19: hybrid query, score-ranker RRF pipeline, lucene HNSW), in the
/// VPC, encrypted at rest and between nodes, HTTPS only, with fine-grained access control whose master is an IAM
/// role (the one-shot index setup runs as it; see docs/deploy.md). Dedicated masters by the context flag.
/// </summary>
public sealed class SearchDomain : Construct
{
    public const string EngineVersionName = "2.19";

    private readonly string embeddingModel;
    private readonly int dimensions;

    public SearchDomain(Construct scope, string id, DeploymentSettings settings, PrivateNetwork network, IRole master) : base(scope, id)
    {
        ArgumentNullException.ThrowIfNull(settings);
        ArgumentNullException.ThrowIfNull(network);
        ArgumentNullException.ThrowIfNull(master);
        var production = settings.IsProduction;
        embeddingModel = settings.EmbeddingModel;
        dimensions = settings.EmbeddingDimensions;
        Domain = new Domain(this, "Domain", new DomainProps
        {
            Version = EngineVersion.OpenSearch(EngineVersionName),
            Vpc = network.Vpc,
            // dev: one node in one subnet; prod: a node per AZ with zone awareness.
            VpcSubnets = production
                ? [new SubnetSelection { SubnetType = SubnetType.PRIVATE_WITH_EGRESS }]
                : [new SubnetSelection { Subnets = [network.Vpc.PrivateSubnets[0]] }],
            SecurityGroups = [network.DataSecurityGroup],
            Capacity = new CapacityConfig
            {
                DataNodes = production ? 2 : 1,
                DataNodeInstanceType = production ? "r6g.large.search" : "t3.medium.search",
                MasterNodes = settings.DedicatedMasters ? 3 : null,
                MasterNodeInstanceType = settings.DedicatedMasters ? "m6g.large.search" : null,
                MultiAzWithStandbyEnabled = false,
            },
            ZoneAwareness = production ? new ZoneAwarenessConfig { Enabled = true, AvailabilityZoneCount = 2 } : new ZoneAwarenessConfig { Enabled = false },
            Ebs = new EbsOptions { VolumeSize = production ? 50 : 10, VolumeType = EbsDeviceVolumeType.GP3 },
            EncryptionAtRest = new EncryptionAtRestOptions { Enabled = true },
            NodeToNodeEncryption = true,
            EnforceHttps = true,
            TlsSecurityPolicy = TLSSecurityPolicy.TLS_1_2,
            FineGrainedAccessControl = new AdvancedSecurityOptions { MasterUserArn = master.RoleArn },
            Logging = new LoggingOptions { AppLogEnabled = true, SlowSearchLogEnabled = true },
            RemovalPolicy = production ? RemovalPolicy.RETAIN : RemovalPolicy.DESTROY,
        });
    }

    public Domain Domain { get; }

    /// <summary>The HTTP verbs OpenSearch requests use, on the domain's paths only: reads are POST _search too.</summary>
    public void GrantHttp(IGrantable grantee, params string[] verbs)
    {
        ArgumentNullException.ThrowIfNull(grantee);
        grantee.GrantPrincipal.AddToPrincipalPolicy(new PolicyStatement(new PolicyStatementProps
        {
            Actions = verbs.Select(v => "es:ESHttp" + v).ToArray(),
            Resources = [Domain.DomainArn, Domain.DomainArn + "/*"],
        }));
    }

    /// <summary>
    /// The configuration the functions read (<c>OpenSearch:*</c>, <c>Embeddings:Model</c>): one index per embedding
    /// model, since an index keeps the vector size it was created with.
    /// </summary>
    public Dictionary<string, string> Environment() => new()
    {
        ["Embeddings__Model"] = embeddingModel,
        ["Search__Backend"] = "opensearch",
        ["OpenSearch__Endpoint"] = "https://" + Domain.DomainEndpoint,
        ["OpenSearch__Region"] = Aws.REGION,
        ["OpenSearch__SigningService"] = "es",
        ["OpenSearch__IndexName"] = embeddingModel == "bedrock-titan" ? "titles" : "titles-" + embeddingModel,
        ["OpenSearch__SearchPipeline"] = "titles-rrf",
        ["OpenSearch__Dimensions"] = dimensions.ToString(CultureInfo.InvariantCulture),
    };
}
