namespace MediaDiscovery.Aws.Signing;

/// <summary>What a SigV4 signature is scoped to: a region and a service's signing name.</summary>
public sealed record AwsSigningScope(string Region, string Service)
{
    /// <summary>Amazon OpenSearch Service (managed domains).</summary>
    public const string OpenSearchService = "es";

    /// <summary>Amazon OpenSearch Serverless collections (require the payload hash header).</summary>
    public const string OpenSearchServerless = "aoss";

    /// <summary>Bedrock runtime (InvokeModel, Converse): the signing name is <c>bedrock</c>, not the host's.</summary>
    public const string Bedrock = "bedrock";

    public const string Sqs = "sqs";
}
