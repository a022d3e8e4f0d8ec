namespace MediaDiscovery.Core.Ports;

/// <summary>
/// The names <c>Embeddings:Model</c> takes. The index and the queries must use the same model, so every function that
/// embeds (Search, Embeddings) reads the same key.
/// </summary>
public static class EmbeddingModels
{
    /// <summary>Snowflake arctic-embed-xs run in process (384 dimensions; ADR 0013).</summary>
    public const string ArcticEmbedXs = "arctic-embed-xs";

    /// <summary>GloVe word vectors with SIF weighting (100 dimensions; the embedded backend only; ADR 0007).</summary>
    public const string Glove = "glove";

    /// <summary>Amazon Titan text embeddings v2 through Bedrock (<c>Bedrock:Dimensions</c>; AWS only).</summary>
    public const string BedrockTitan = "bedrock-titan";

    /// <summary>The configured model, lower-cased, or <paramref name="fallback"/>; one outside <paramref name="allowed"/> fails loudly.</summary>
    public static string Choose(string? configured, string fallback, params string[] allowed)
    {
        ArgumentNullException.ThrowIfNull(allowed);
        var model = (configured ?? fallback).Trim().ToLowerInvariant();
        return allowed.Contains(model)
            ? model
            : throw new InvalidOperationException($"Embeddings:Model '{configured}' is not one of: {string.Join(", ", allowed)}.");
    }
}
