using Amazon;
using Amazon.Runtime;
using Amazon.Runtime.Signing;

namespace MediaDiscovery.Aws.Intent;

/// <summary>An <see cref="HttpClient"/> whose requests are signed with SigV4 for the <c>bedrock</c> service.</summary>
public static class BedrockHttpClient
{
    public const string SigningService = "bedrock";

    /// <summary>Signed with <paramref name="credentials"/> (default: the SDK's credential chain: environment, role, ...).</summary>
    public static HttpClient Create(BedrockIntentOptions options, AWSCredentials? credentials = null, HttpMessageHandler? transport = null)
    {
        ArgumentNullException.ThrowIfNull(options);
        var signer = new SigV4SigningHandler(
            credentials ?? Amazon.Runtime.Credentials.DefaultAWSCredentialsIdentityResolver.GetCredentials(),
            RegionEndpoint.GetBySystemName(options.Region),
            SigningService,
            transport ?? new SocketsHttpHandler { PooledConnectionLifetime = TimeSpan.FromMinutes(5) });
        // The extractor enforces its own, shorter budget; this only bounds a stuck connection.
        return new HttpClient(signer) { Timeout = TimeSpan.FromSeconds(30) };
    }
}
