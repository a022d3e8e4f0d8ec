using System.Text.Json.Nodes;

namespace MediaDiscovery.Cdk.Tests;

/// <summary>The discovery page in AWS: a private bucket read through CloudFront only, the API on the same host.</summary>
[Collection(StacksCollection.Name)]
public sealed class PageTests(Stacks stacks)
{
    [Fact]
    public void The_page_is_served_by_cloudfront_from_a_private_bucket_with_its_own_csp()
    {
        foreach (var stack in stacks.Both)
        {
            var bucketId = stack.LogicalId(stack.Stack.Page.Bucket);
            var bucket = stack.Properties(bucketId);
            var block = bucket["PublicAccessBlockConfiguration"]!.AsObject();
            Assert.All(new[] { "BlockPublicAcls", "BlockPublicPolicy", "IgnorePublicAcls", "RestrictPublicBuckets" }, k => Assert.True((bool)block[k]!));
            Assert.NotNull(bucket["BucketEncryption"]);

            var distribution = Distribution(stack);
            Assert.Equal("index.html", (string?)distribution["DefaultRootObject"]);
            var s3 = Assert.Single(distribution["Origins"]!.AsArray(), o => o!["S3OriginConfig"] is not null)!;
            Assert.Contains(bucketId, s3["DomainName"]!.ToJsonString(), StringComparison.Ordinal);
            Assert.NotNull(s3["OriginAccessControlId"]);
            var page = distribution["DefaultCacheBehavior"]!;
            Assert.Equal("redirect-to-https", (string?)page["ViewerProtocolPolicy"]);

            // Only CloudFront, as this distribution, may read the files.
            var policy = Assert.Single(stack.OfType("AWS::S3::BucketPolicy"), p => p.Properties["Bucket"]!.ToJsonString().Contains(bucketId, StringComparison.Ordinal)).Properties;
            var read = Assert.Single(policy["PolicyDocument"]!["Statement"]!.AsArray(), s => s!["Principal"]?["Service"]?.ToString() == "cloudfront.amazonaws.com")!;
            Assert.Contains("AWS:SourceArn", read["Condition"]!.ToJsonString(), StringComparison.Ordinal);

            var headers = stack.Properties(stack.LogicalId(stack.Stack.Page.Headers))["ResponseHeadersPolicyConfig"]!["SecurityHeadersConfig"]!;
            var csp = (string)headers["ContentSecurityPolicy"]!["ContentSecurityPolicy"]!;
            Assert.Equal(File.ReadAllText(RepositoryFiles.Find("web/" + DiscoveryPageSite.PolicyFile)).Trim(), csp);
            Assert.Contains("script-src 'self'", csp, StringComparison.Ordinal);
            Assert.DoesNotContain("unsafe", csp, StringComparison.Ordinal);
            Assert.Equal("DENY", (string?)headers["FrameOptions"]!["FrameOption"]);
            Assert.NotNull(headers["StrictTransportSecurity"]);
            Assert.Contains(stack.LogicalId(stack.Stack.Page.Headers), page["ResponseHeadersPolicyId"]!.ToJsonString(), StringComparison.Ordinal);
        }
    }

    [Fact]
    public void The_api_is_on_the_pages_host_uncached_and_with_every_method()
    {
        var stack = stacks.Dev;
        var distribution = Distribution(stack);
        var api = Assert.Single(distribution["CacheBehaviors"]!.AsArray())!;
        Assert.Equal("/api/*", (string?)api["PathPattern"]);
        Assert.Equal("https-only", (string?)api["ViewerProtocolPolicy"]);
        Assert.Equal(["DELETE", "GET", "HEAD", "OPTIONS", "PATCH", "POST", "PUT"], api["AllowedMethods"]!.AsArray().Select(m => (string)m!).Order());
        Assert.Equal("4135ea2d-6df8-44a3-9df3-4b5a84be39ad", (string?)api["CachePolicyId"]); // the managed CachingDisabled
        Assert.Equal("b689b0a8-53d0-40ab-baf2-68738e2966ac", (string?)api["OriginRequestPolicyId"]); // AllViewerExceptHostHeader
        Assert.Null(api["ResponseHeadersPolicyId"]); // the functions' own headers stand

        var origin = Assert.Single(distribution["Origins"]!.AsArray(), o => (string?)o!["Id"] == (string?)api["TargetOriginId"])!;
        Assert.Equal("https-only", (string?)origin["CustomOriginConfig"]!["OriginProtocolPolicy"]);
        Assert.Contains(stack.LogicalId(stack.Stack.Api.Api), origin["DomainName"]!.ToJsonString(), StringComparison.Ordinal);
    }

    [Fact]
    public void The_edge_proves_itself_to_the_functions_with_one_generated_secret()
    {
        var stack = stacks.Dev;
        var secret = stack.LogicalId(stack.Stack.EdgeSecret);
        Assert.NotNull(stack.Properties(secret)["GenerateSecretString"]);

        var api = Assert.Single(Distribution(stack)["CacheBehaviors"]!.AsArray())!;
        var origin = Assert.Single(Distribution(stack)["Origins"]!.AsArray(), o => (string?)o!["Id"] == (string?)api["TargetOriginId"])!;
        var header = Assert.Single(origin["OriginCustomHeaders"]!.AsArray())!;
        // The name the functions read (RateLimitingOptions.EdgeSecretHeader; ClientAddressTests pins it there too).
        Assert.Equal("X-Origin-Verify", DiscoveryPageSite.EdgeSecretHeader);
        Assert.Equal(DiscoveryPageSite.EdgeSecretHeader, (string?)header["HeaderName"]);
        Assert.Contains("resolve:secretsmanager:", header["HeaderValue"]!.ToJsonString(), StringComparison.Ordinal);
        Assert.Contains(secret, header["HeaderValue"]!.ToJsonString(), StringComparison.Ordinal);

        foreach (var spec in FunctionSpec.All)
        {
            var value = FunctionTests.Function(stack, spec)["Environment"]!["Variables"]!["RateLimiting__EdgeSecret"]!.ToJsonString();
            Assert.Equal(header["HeaderValue"]!.ToJsonString(), value);
        }
    }

    [Fact]
    public void Each_deploy_uploads_the_page_files_but_not_the_policy_and_invalidates_the_cache()
    {
        var stack = stacks.Dev;
        var upload = Assert.Single(stack.OfType("Custom::CDKBucketDeployment")).Properties;
        Assert.Contains(stack.LogicalId(stack.Stack.Page.Bucket), upload["DestinationBucketName"]!.ToJsonString(), StringComparison.Ordinal);
        Assert.Contains(stack.LogicalId(stack.Stack.Page.Distribution), upload["DistributionId"]!.ToJsonString(), StringComparison.Ordinal);
        Assert.Equal("[\"/*\"]", upload["DistributionPaths"]!.ToJsonString());
        Assert.Contains("content-security-policy", upload["Exclude"]!.ToJsonString(), StringComparison.Ordinal);
        Assert.Contains("no-cache", upload["SystemMetadata"]!.ToJsonString(), StringComparison.Ordinal);
        Assert.Contains(stack.Json["Outputs"]!.AsObject(), o => o.Key == "PageUrl");
    }

    private static JsonObject Distribution(SynthesizedStack stack) =>
        stack.Properties(stack.LogicalId(stack.Stack.Page.Distribution))["DistributionConfig"]!.AsObject();
}
