using Amazon.Runtime;
using Amazon.Runtime.Credentials;

namespace MediaDiscovery.Aws.Signing;

/// <summary>Where signing credentials come from when none are given.</summary>
public static class AwsCredentialsSource
{
    /// <summary>
    /// AWSSDK.Core's default chain (environment, profile, web identity, container and instance roles). In Lambda it
    /// resolves the execution role's environment credentials, which the SDK refreshes by itself.
    /// </summary>
    public static AWSCredentials Default() => DefaultAWSCredentialsIdentityResolver.GetCredentials(null);
}
