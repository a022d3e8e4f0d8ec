using System.Security.Cryptography;
using System.Text;
using Amazon.Runtime;
using MediaDiscovery.Aws.Signing;
using MediaDiscovery.Aws.Tests.Http;
using MediaDiscovery.Testing;

namespace MediaDiscovery.Aws.Tests.Signing;

/// <summary>
/// Against the signed examples that AWS publishes for Signature Version 4 with the <c>x-amz-content-sha256</c>
/// header (the S3 "Examples: Signature Calculations" page): AWSSDK.Core's signer always sends that header, so the
/// generic test-suite vectors, which sign only host and x-amz-date, do not apply.
/// </summary>
public sealed class AwsSigningHandlerTests
{
    private static readonly BasicAWSCredentials ExampleCredentials = new("AKIAIOSFODNN7EXAMPLE", "wJalrXUtnFEMI/K7MDENG/bPxRfiCYEXAMPLEKEY");
    private static readonly FixedClock May24 = new(new DateTimeOffset(2013, 5, 24, 0, 0, 0, TimeSpan.Zero));

    [Fact]
    public async Task The_published_get_object_example_gets_the_published_signature()
    {
        var endpoint = new CapturingHandler(CapturingHandler.Json("{}"));
        using var client = new HttpClient(new AwsSigningHandler(new AwsSigningScope("us-east-1", "s3"), ExampleCredentials, endpoint, May24));
        using var request = new HttpRequestMessage(HttpMethod.Get, "https://examplebucket.s3.amazonaws.com/test.txt");
        request.Headers.TryAddWithoutValidation("Range", "bytes=0-9");

        (await client.SendAsync(request)).Dispose();

        var sent = Assert.Single(endpoint.Requests);
        Assert.Equal(
            "AWS4-HMAC-SHA256 Credential=AKIAIOSFODNN7EXAMPLE/20130524/us-east-1/s3/aws4_request, SignedHeaders=host;range;x-amz-content-sha256;x-amz-date, Signature=f0e8bdb87c964420e857bd35b5d6ed310bd44f0170aba48dd91039c6036bdb41",
            sent.Headers["Authorization"]);
        Assert.Equal("20130524T000000Z", sent.Headers["X-Amz-Date"]);
        Assert.Equal("e3b0c44298fc1c149afbf4c8996fb92427ae41e4649b934ca495991b7852b855", sent.Headers["X-Amz-Content-SHA256"]);
    }

    [Fact]
    public async Task The_published_put_object_example_with_a_body_gets_the_published_signature()
    {
        var endpoint = new CapturingHandler(CapturingHandler.Json("{}"));
        using var client = new HttpClient(new AwsSigningHandler(new AwsSigningScope("us-east-1", "s3"), ExampleCredentials, endpoint, May24));
        using var request = new HttpRequestMessage(HttpMethod.Put, "https://examplebucket.s3.amazonaws.com/test$file.text")
        {
            Content = new ByteArrayContent("Welcome to Amazon S3."u8.ToArray()),
        };
        request.Headers.TryAddWithoutValidation("Date", "Fri, 24 May 2013 00:00:00 GMT");
        request.Headers.TryAddWithoutValidation("x-amz-storage-class", "REDUCED_REDUNDANCY");

        (await client.SendAsync(request)).Dispose();

        var sent = Assert.Single(endpoint.Requests);
        Assert.Equal(
            "AWS4-HMAC-SHA256 Credential=AKIAIOSFODNN7EXAMPLE/20130524/us-east-1/s3/aws4_request, SignedHeaders=date;host;x-amz-content-sha256;x-amz-date;x-amz-storage-class, Signature=98ad721746da40c64f1a55b78f14c238d841ea1380cd77a1b5971af0ece108bd",
            sent.Headers["Authorization"]);
        Assert.Equal("44ce7dd67c959e0d3524ffac1771dfbba87d2b6b4b4e99e42034a8b803f8b072", sent.Headers["X-Amz-Content-SHA256"]);
        Assert.Equal("Welcome to Amazon S3.", sent.Body);
    }

    [Fact]
    public async Task A_json_post_signs_the_content_type_and_target_and_hashes_the_body_it_still_sends()
    {
        var endpoint = new CapturingHandler(CapturingHandler.Json("{}"));
        using var client = new HttpClient(new AwsSigningHandler(new AwsSigningScope("eu-west-1", AwsSigningScope.Sqs), ExampleCredentials, endpoint, May24));
        using var request = new HttpRequestMessage(HttpMethod.Post, "https://sqs.eu-west-1.amazonaws.com/")
        {
            Content = new StringContent("""{"QueueUrl":"q"}""", Encoding.UTF8, "application/x-amz-json-1.0"),
        };
        request.Headers.TryAddWithoutValidation("X-Amz-Target", "AmazonSQS.SendMessageBatch");
        request.Headers.UserAgent.ParseAdd("mediadiscovery/1.0");

        (await client.SendAsync(request)).Dispose();

        var sent = Assert.Single(endpoint.Requests);
        Assert.Contains("Credential=AKIAIOSFODNN7EXAMPLE/20130524/eu-west-1/sqs/aws4_request, SignedHeaders=content-type;host;x-amz-content-sha256;x-amz-date;x-amz-target, Signature=", sent.Headers["Authorization"], StringComparison.Ordinal);
        Assert.Equal(Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes("""{"QueueUrl":"q"}"""))), sent.Headers["X-Amz-Content-SHA256"]);
        Assert.Equal("""{"QueueUrl":"q"}""", sent.Body);
    }

    [Fact]
    public async Task Session_credentials_send_and_sign_the_security_token()
    {
        var endpoint = new CapturingHandler(CapturingHandler.Json("{}"));
        var session = new SessionAWSCredentials("ASIAEXAMPLE", "secret", "the-session-token");
        using var client = new HttpClient(new AwsSigningHandler(new AwsSigningScope("us-east-1", AwsSigningScope.OpenSearchServerless), session, endpoint, May24));

        (await client.PostAsync("https://abc.us-east-1.aoss.amazonaws.com/titles/_search?search_pipeline=rrf", new StringContent("{}"))).Dispose();

        var sent = Assert.Single(endpoint.Requests);
        Assert.Equal("the-session-token", sent.Headers["X-Amz-Security-Token"]);
        Assert.Contains("x-amz-security-token", sent.Headers["Authorization"], StringComparison.Ordinal);
        Assert.Contains("/us-east-1/aoss/aws4_request", sent.Headers["Authorization"], StringComparison.Ordinal);
    }
}
