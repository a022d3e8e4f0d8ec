using System.Text.Json.Serialization;

namespace MediaDiscovery.Aws.Secrets;

public sealed record GetSecretValueRequest(string SecretId);

public sealed record GetSecretValueResponse(string? ARN, string? Name, string? SecretString);

public sealed record SecretsManagerError(
    [property: JsonPropertyName("__type")] string? Type,
    [property: JsonPropertyName("message")] string? Message);

[JsonSerializable(typeof(GetSecretValueRequest))]
[JsonSerializable(typeof(GetSecretValueResponse))]
[JsonSerializable(typeof(SecretsManagerError))]
internal sealed partial class SecretsManagerJsonContext : JsonSerializerContext;
