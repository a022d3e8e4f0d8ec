using Amazon.Runtime;
using Amazon.S3;
using Microsoft.Extensions.Configuration;

namespace MediaDiscovery.Hosting;

/// <summary>
/// The S3 client of <c>Storage:S3</c>: the SDK's default chain in AWS, or a local endpoint (<c>ServiceUrl</c>,
/// path-style addressing) with dummy credentials. The same rules as the DynamoDB client.
/// </summary>
public static class S3Clients
{
    public static AmazonS3Client Create(IConfiguration configuration)
    {
        ArgumentNullException.ThrowIfNull(configuration);
        var section = configuration.GetSection("Storage:S3");
        var serviceUrl = section["ServiceUrl"];
        return serviceUrl is null
            ? new AmazonS3Client()
            : new AmazonS3Client(
                new BasicAWSCredentials("local", "local"),
                new AmazonS3Config { ServiceURL = serviceUrl, ForcePathStyle = true, AuthenticationRegion = section["Region"] ?? "us-east-1" });
    }
}
