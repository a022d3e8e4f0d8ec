using MediaDiscovery.Aws.Http;

namespace MediaDiscovery.Aws.Bedrock;

/// <summary>Which Titan text embeddings model <see cref="BedrockTitanEmbedder"/> calls, where, and how hard.</summary>
public sealed record BedrockTitanOptions
{
    public const string TitanTextV2 = "amazon.titan-embed-text-v2:0";

    public string Region { get; set; } = "us-east-1";

    public string Model { get; set; } = TitanTextV2;

    /// <summary>256, 512 or 1024 (Titan v2's choices): smaller is cheaper to store and search, a little less precise.</summary>
    public int Dimensions { get; set; } = 1024;

    /// <summary>Titan v2 takes up to 8,192 tokens or 50,000 characters; longer input is cut here rather than rejected there.</summary>
    public int MaxInputCharacters { get; set; } = 50_000;

    /// <summary>Concurrent InvokeModel calls in one batch (Titan v2 has no batch request; on-demand quotas are per minute).</summary>
    public int MaxParallelCalls { get; set; } = 8;

    /// <summary>Overrides <c>https://bedrock-runtime.{Region}.amazonaws.com</c> (a VPC endpoint, tests).</summary>
    public Uri? Endpoint { get; set; }

    public HttpRetryOptions Retry { get; set; } = HttpRetryOptions.Default;

    public Uri InvokeUri =>
        new(Endpoint ?? new Uri($"https://bedrock-runtime.{Region}.amazonaws.com"), $"/model/{Uri.EscapeDataString(Model)}/invoke");
}
