using System.Text.Json;
using Amazon.Runtime;
using MediaDiscovery.Aws.Secrets;
using Microsoft.Extensions.Configuration;

namespace MediaDiscovery.Aws.Tests.Secrets;

public sealed class SecretsManagerConfigurationTests
{
    private const string NetflixArn = "arn:aws:secretsmanager:eu-west-1:123456789012:secret:Webhook-netflix-AbCdEf";
    private const string HuluArn = "arn:aws:secretsmanager:eu-west-1:123456789012:secret:Webhook-hulu-AbCdEf";
    private const string CredentialsArn = "arn:aws:secretsmanager:eu-west-1:123456789012:secret:PlatformCredentials-AbCdEf";

    private static readonly BasicAWSCredentials Credentials = new("AKIDEXAMPLE", "wJalrXUtnFEMI/K7MDENG+bPxRfiCYEXAMPLEKEY");

    [Fact]
    public void The_stacks_arns_become_the_keys_the_functions_read()
    {
        using var server = new FakeSecretsManager(new Dictionary<string, string>
        {
            [NetflixArn] = "whsec_bmV3 whsec_b2xk",
            [HuluArn] = "whsec_aHVsdQ==",
            [CredentialsArn] = """{ "netflix": { "apiKey": "nf-key" }, "prime-video": { "apiKey": "pv-key" } }""",
        });

        // Names as the CDK stack sets them: Webhooks__SecretArns__<platform>, Platforms__CredentialsSecretArn.
        var configuration = Build(server, new Dictionary<string, string?>
        {
            ["Webhooks:SecretArns:netflix"] = NetflixArn,
            ["Webhooks:SecretArns:hulu"] = HuluArn,
            ["Platforms:CredentialsSecretArn"] = CredentialsArn,
            ["Availability:Platforms:netflix:BaseUrl"] = "https://api.netflix.example/",
        });

        Assert.Equal("whsec_bmV3", configuration["Webhooks:Secrets:netflix:0"]);
        Assert.Equal("whsec_b2xk", configuration["Webhooks:Secrets:netflix:1"]);
        Assert.Equal("whsec_aHVsdQ==", configuration["Webhooks:Secrets:hulu:0"]);
        Assert.Null(configuration["Webhooks:Secrets:hulu:1"]);
        Assert.Equal("nf-key", configuration["Availability:Platforms:netflix:ApiKey"]);
        Assert.Equal("pv-key", configuration["Availability:Platforms:prime-video:ApiKey"]);
        // The secret adds to the section; it does not replace the other settings.
        Assert.Equal("https://api.netflix.example/", configuration["Availability:Platforms:netflix:BaseUrl"]);
        Assert.Equal(3, server.Requests.Count);
    }

    [Fact]
    public void Each_request_is_a_signed_GetSecretValue_in_aws_json_1_1()
    {
        using var server = new FakeSecretsManager(new Dictionary<string, string> { [NetflixArn] = "whsec_bmV3" });

        Build(server, new Dictionary<string, string?> { ["Webhooks:SecretArns:netflix"] = NetflixArn });

        var request = Assert.Single(server.Requests);
        Assert.Equal(HttpMethod.Post, request.Method);
        Assert.Equal("/", request.Uri.AbsolutePath);
        Assert.Equal("secretsmanager.GetSecretValue", request.Headers["X-Amz-Target"]);
        Assert.StartsWith("application/x-amz-json-1.1", request.Headers["Content-Type"], StringComparison.Ordinal);
        Assert.Equal(NetflixArn, JsonDocument.Parse(request.Body).RootElement.GetProperty("SecretId").GetString());
        // Scoped to the region in the ARN and to the secretsmanager signing name.
        Assert.Contains("Credential=AKIDEXAMPLE/", request.Headers["Authorization"], StringComparison.Ordinal);
        Assert.Contains("/eu-west-1/secretsmanager/aws4_request", request.Headers["Authorization"], StringComparison.Ordinal);
        Assert.Contains("x-amz-target", request.Headers["Authorization"], StringComparison.Ordinal);
    }

    [Fact]
    public void Without_arns_nothing_is_added_and_nothing_is_called()
    {
        var builder = new ConfigurationBuilder().AddInMemoryCollection(new Dictionary<string, string?> { ["Storage:Backend"] = "sqlite" });

        builder.AddSecretsManagerSecrets(Credentials);

        Assert.DoesNotContain(builder.Sources, s => s is SecretsManagerConfigurationSource);
    }

    [Fact]
    public void A_secret_that_cannot_be_read_fails_startup_with_its_arn()
    {
        using var server = new FakeSecretsManager(new Dictionary<string, string>());

        var error = Assert.Throws<SecretsManagerException>(() =>
            Build(server, new Dictionary<string, string?> { ["Webhooks:SecretArns:netflix"] = NetflixArn }));

        Assert.Contains(NetflixArn, error.Message, StringComparison.Ordinal);
        Assert.Contains("ResourceNotFoundException", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Credentials_that_are_not_a_json_object_fail_startup()
    {
        using var server = new FakeSecretsManager(new Dictionary<string, string> { [CredentialsArn] = "just-a-key" });

        var error = Assert.Throws<SecretsManagerException>(() =>
            Build(server, new Dictionary<string, string?> { ["Platforms:CredentialsSecretArn"] = CredentialsArn }));

        Assert.Contains("not JSON", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void An_arn_that_is_not_a_secret_arn_is_refused()
    {
        Assert.Throws<SecretsManagerException>(() => SecretArns.Region("arn:aws:sqs:eu-west-1:123456789012:queue"));
        Assert.Equal("us-east-2", SecretArns.Region("arn:aws:secretsmanager:us-east-2:123456789012:secret:x-AbCdEf"));
    }

    private static IConfigurationRoot Build(FakeSecretsManager server, Dictionary<string, string?> settings)
    {
        settings["SecretsManager:Endpoint"] = server.Endpoint.AbsoluteUri;
        var builder = new ConfigurationBuilder().AddInMemoryCollection(settings);
        builder.AddSecretsManagerSecrets(Credentials);
        return builder.Build();
    }
}
