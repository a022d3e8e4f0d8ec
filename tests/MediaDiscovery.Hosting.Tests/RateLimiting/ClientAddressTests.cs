using System.Net;
using MediaDiscovery.Hosting.RateLimiting;
using Microsoft.AspNetCore.Http;

namespace MediaDiscovery.Hosting.Tests.RateLimiting;

public sealed class ClientAddressTests
{
    private const string Secret = "s3cret-from-secrets-manager";

    private static HttpContext Request(string? forwardedFor, string? edgeSecret = null)
    {
        var context = new DefaultHttpContext();
        context.Connection.RemoteIpAddress = IPAddress.Loopback;
        if (forwardedFor is not null)
            context.Request.Headers["X-Forwarded-For"] = forwardedFor;
        if (edgeSecret is not null)
            context.Request.Headers[RateLimitingOptions.EdgeSecretHeader] = edgeSecret;
        return context;
    }

    private static RateLimitingOptions BehindGateway(string? edgeSecret = Secret) => new() { TrustForwardedFor = true, EdgeSecret = edgeSecret };

    [Fact]
    public void The_header_is_the_one_the_CDK_stack_has_CloudFront_send()
    {
        Assert.Equal("X-Origin-Verify", RateLimitingOptions.EdgeSecretHeader); // DiscoveryPageSite.EdgeSecretHeader
    }

    [Fact]
    public void Without_trust_the_connection_is_the_client()
    {
        Assert.Equal("127.0.0.1", ClientAddress.Of(Request("203.0.113.7"), new RateLimitingOptions()));
    }

    [Fact]
    public void Behind_the_gateway_the_last_forwarded_entry_is_the_client_whatever_it_claims_before()
    {
        Assert.Equal("198.51.100.2", ClientAddress.Of(Request("10.9.9.9, 198.51.100.2"), BehindGateway()));
    }

    [Fact]
    public void Through_the_edge_with_its_secret_the_viewer_before_the_edge_is_the_client()
    {
        // forged entry, the viewer (appended by CloudFront), the edge (appended by API Gateway)
        var context = Request("10.9.9.9, 203.0.113.7, 130.176.1.1", Secret);

        Assert.Equal("203.0.113.7", ClientAddress.Of(context, BehindGateway()));
    }

    [Theory]
    [InlineData("not-the-secret")]
    [InlineData("")]
    public void A_wrong_or_empty_secret_does_not_buy_a_chosen_key(string sent)
    {
        var context = Request("203.0.113.7, 198.51.100.2", sent);

        Assert.Equal("198.51.100.2", ClientAddress.Of(context, BehindGateway()));
    }

    [Fact]
    public void Without_a_configured_secret_the_header_is_ignored()
    {
        Assert.Equal("198.51.100.2", ClientAddress.Of(Request("203.0.113.7, 198.51.100.2", ""), BehindGateway(edgeSecret: null)));
    }

    [Fact]
    public void An_unparsable_entry_falls_back_to_the_connection()
    {
        Assert.Equal("127.0.0.1", ClientAddress.Of(Request("nonsense", Secret), BehindGateway()));
    }
}
