using System.Text.Json.Serialization;

namespace MediaDiscovery.Aws.Bedrock;

/// <summary>The InvokeModel body of Titan text embeddings v2.</summary>
internal sealed record TitanEmbeddingRequest(string InputText, int Dimensions, bool Normalize);

/// <summary>Titan's answer; <c>embeddingsByType</c> is ignored (only float embeddings are asked for).</summary>
internal sealed record TitanEmbeddingResponse(float[]? Embedding, int InputTextTokenCount);

/// <summary>Bedrock's error body; the error type is in the <c>x-amzn-ErrorType</c> header.</summary>
internal sealed record BedrockErrorResponse(string? Message);

[JsonSourceGenerationOptions(PropertyNamingPolicy = JsonKnownNamingPolicy.CamelCase)]
[JsonSerializable(typeof(TitanEmbeddingRequest))]
[JsonSerializable(typeof(TitanEmbeddingResponse))]
[JsonSerializable(typeof(BedrockErrorResponse))]
internal sealed partial class BedrockJsonContext : JsonSerializerContext;
