using MediaDiscovery.Core.Search;

namespace MediaDiscovery.Aws.Intent;

/// <summary>What one Bedrock call gave: a validated intent, or why there is none (for logs and tests).</summary>
public sealed record BedrockIntentResult(SearchIntent? Intent, string? Failure)
{
    public static BedrockIntentResult Failed(string why) => new(null, why);
}
