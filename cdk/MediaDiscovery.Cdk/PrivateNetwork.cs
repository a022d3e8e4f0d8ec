using Amazon.CDK.AWS.EC2;
using Constructs;

namespace MediaDiscovery.Cdk;

/// <summary>
/// The VPC that OpenSearch and ElastiCache live in, and that the functions reaching them join: two AZs, private
/// subnets with NAT egress (Bedrock, SQS), a free gateway endpoint for DynamoDB, and one security group per side.
/// </summary>
public sealed class PrivateNetwork : Construct
{
    public const int RedisPort = 6379;

    public PrivateNetwork(Construct scope, string id, DeploymentSettings settings) : base(scope, id)
    {
        ArgumentNullException.ThrowIfNull(settings);
        Vpc = new Vpc(this, "Vpc", new VpcProps
        {
            MaxAzs = 2,
            // One NAT gateway is the largest fixed cost of dev; prod keeps one per AZ so an AZ outage keeps egress.
            NatGateways = settings.IsProduction ? 2 : 1,
            SubnetConfiguration =
            [
                new SubnetConfiguration { Name = "public", SubnetType = SubnetType.PUBLIC, CidrMask = 24 },
                new SubnetConfiguration { Name = "private", SubnetType = SubnetType.PRIVATE_WITH_EGRESS, CidrMask = 22 },
            ],
            GatewayEndpoints = new Dictionary<string, IGatewayVpcEndpointOptions>
            {
                ["DynamoDb"] = new GatewayVpcEndpointOptions { Service = GatewayVpcEndpointAwsService.DYNAMODB },
                // The Recommendations function reads the audience export without paying NAT for it.
                ["S3"] = new GatewayVpcEndpointOptions { Service = GatewayVpcEndpointAwsService.S3 },
            },
        });
        FunctionsSecurityGroup = new SecurityGroup(this, "Functions", new SecurityGroupProps
        {
            Vpc = Vpc,
            Description = "MediaDiscovery functions that reach OpenSearch and the cache",
            AllowAllOutbound = true,
        });
        DataSecurityGroup = new SecurityGroup(this, "Data", new SecurityGroupProps
        {
            Vpc = Vpc,
            Description = "OpenSearch and ElastiCache: reachable from the functions only",
            AllowAllOutbound = false,
        });
        DataSecurityGroup.AddIngressRule(FunctionsSecurityGroup, Port.Tcp(443), "OpenSearch over HTTPS");
        DataSecurityGroup.AddIngressRule(FunctionsSecurityGroup, Port.Tcp(RedisPort), "Valkey over TLS");
    }

    public Vpc Vpc { get; }

    public SecurityGroup FunctionsSecurityGroup { get; }

    public SecurityGroup DataSecurityGroup { get; }
}
