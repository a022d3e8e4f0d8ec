namespace MediaDiscovery.Aws.Intent;

/// <summary>How intent extraction calls Bedrock (configuration section <c>Intent:Bedrock</c>).</summary>
public sealed record BedrockIntentOptions
{
    public string ModelId { get; set; } = "anthropic.claude-3-5-haiku-20241022-v1:0";

    public string Region { get; set; } = "us-east-1";

    /// <summary>The whole budget for one Bedrock call; past it the rules' reading is used.</summary>
    public TimeSpan Timeout { get; set; } = TimeSpan.FromMilliseconds(800);

    public int MaxTokens { get; set; } = 512;

    /// <summary>Overrides <c>https://bedrock-runtime.{Region}.amazonaws.com</c> (tests, VPC endpoints).</summary>
    public Uri? Endpoint { get; set; }

    public Uri ConverseUri()
    {
        var root = Endpoint ?? new Uri($"https://bedrock-runtime.{Region}.amazonaws.com");
        return new Uri(root, $"/model/{Uri.EscapeDataString(ModelId)}/converse");
    }
}
