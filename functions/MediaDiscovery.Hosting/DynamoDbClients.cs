using Amazon.DynamoDBv2;
using Amazon.Runtime;
using Microsoft.Extensions.Configuration;

namespace MediaDiscovery.Hosting;

/// <summary>
/// The DynamoDB client of <c>Storage:DynamoDb</c>: the SDK's default chain in AWS, or a local endpoint
/// (<c>ServiceUrl</c>, e.g. dynalite) with dummy credentials. The same rules as the catalog's client.
/// </summary>
public static class DynamoDbClients
{
    public static AmazonDynamoDBClient Create(IConfiguration configuration)
    {
        ArgumentNullException.ThrowIfNull(configuration);
        var section = configuration.GetSection("Storage:DynamoDb");
        var serviceUrl = section["ServiceUrl"];
        return serviceUrl is null
            ? new AmazonDynamoDBClient()
            : new AmazonDynamoDBClient(
                new BasicAWSCredentials("local", "local"),
                new AmazonDynamoDBConfig { ServiceURL = serviceUrl, AuthenticationRegion = section["Region"] ?? "us-east-1" });
    }
}
