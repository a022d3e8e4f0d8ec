using System.Net.Http.Headers;
using System.Net.Http.Json;
using System.Text.Json;
using Amazon.Runtime;
using MediaDiscovery.Aws.Signing;

namespace MediaDiscovery.Aws.Secrets;

/// <summary>
/// Reads a secret's value with Secrets Manager's <c>GetSecretValue</c> in the AWS JSON 1.1 protocol (plain HTTPS +
/// SigV4): AWSSDK.SecretsManager is not available here. Only <c>SecretString</c> secrets are supported.
/// </summary>
public sealed class SecretsManagerClient(HttpClient http, Uri serviceUri)
{
    public const string SigningService = "secretsmanager";

    private static readonly MediaTypeHeaderValue AmzJson = new("application/x-amz-json-1.1");

    /// <summary>A client signing for the region with the given (or the default chain's) credentials.</summary>
    public static SecretsManagerClient Create(string region, Uri? endpoint = null, AWSCredentials? credentials = null)
    {
        var handler = new AwsSigningHandler(new AwsSigningScope(region, SigningService), credentials ?? AwsCredentialsSource.Default(),
            new SocketsHttpHandler());
        var http = new HttpClient(handler) { Timeout = TimeSpan.FromSeconds(10) };
        return new SecretsManagerClient(http, endpoint ?? new Uri($"https://secretsmanager.{region}.amazonaws.com/"));
    }

    public async Task<string> GetSecretStringAsync(string secretId, CancellationToken ct = default)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(secretId);
        using var request = new HttpRequestMessage(HttpMethod.Post, serviceUri)
        {
            Content = JsonContent.Create(new GetSecretValueRequest(secretId), SecretsManagerJsonContext.Default.GetSecretValueRequest, AmzJson),
        };
        request.Headers.Add("X-Amz-Target", "secretsmanager.GetSecretValue");
        HttpResponseMessage response;
        try
        {
            response = await http.SendAsync(request, ct);
        }
        catch (Exception e) when (e is HttpRequestException || (e is OperationCanceledException && !ct.IsCancellationRequested))
        {
            throw new SecretsManagerException($"Secrets Manager could not be reached for {secretId}: {e.Message}", e);
        }
        using (response)
        {
            try
            {
                if (!response.IsSuccessStatusCode)
                {
                    var error = await response.Content.ReadFromJsonAsync(SecretsManagerJsonContext.Default.SecretsManagerError, ct);
                    throw new SecretsManagerException(
                        $"GetSecretValue {secretId} failed with {(int)response.StatusCode} {error?.Type?.Split('#')[^1]}: {error?.Message ?? "(no message)"}");
                }
                var value = await response.Content.ReadFromJsonAsync(SecretsManagerJsonContext.Default.GetSecretValueResponse, ct);
                return value?.SecretString ?? throw new SecretsManagerException($"Secret {secretId} has no SecretString (binary secrets are not supported).");
            }
            catch (JsonException e)
            {
                throw new SecretsManagerException($"Secrets Manager answered malformed JSON for {secretId}: {e.Message}", e);
            }
        }
    }
}
