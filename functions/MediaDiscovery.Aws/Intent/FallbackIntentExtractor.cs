using MediaDiscovery.Core.Intent;
using MediaDiscovery.Core.Ports;
using MediaDiscovery.Core.Search;

namespace MediaDiscovery.Aws.Intent;

/// <summary>
/// Bedrock first, the rules when Bedrock has no answer within its budget. The rules always run (they take
/// microseconds): their notes on unsupported platforms are kept either way, since the model's schema has no
/// place for them.
/// </summary>
public sealed class FallbackIntentExtractor(BedrockIntentExtractor bedrock, RulesIntentExtractor rules) : IIntentExtractor
{
    public async ValueTask<SearchIntent> ExtractAsync(string query, CancellationToken ct = default)
    {
        var fallback = await rules.ExtractAsync(query, ct);
        var primary = await bedrock.TryExtractAsync(query, ct);
        return primary.Intent is { } intent ? intent with { Unsupported = fallback.Unsupported } : fallback;
    }
}
