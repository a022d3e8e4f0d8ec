using Amazon;
using Amazon.Runtime;
using Amazon.Runtime.Signing;

namespace MediaDiscovery.Aws.Signing;

/// <summary>
/// Signs each outgoing request with AWS Signature Version 4, using AWSSDK.Core's public
/// <see cref="AWSSigV4Signer"/>. The payload is always hashed and sent as <c>x-amz-content-sha256</c> (OpenSearch
/// Serverless requires it; the other services accept it). Every header present when the request reaches this
/// handler is signed, except those that intermediaries or the transport may add or change.
/// </summary>
/// <remarks>
/// Not <see cref="SigV4SigningHandler"/>: this one takes a clock (for deterministic signatures in tests) and decides
/// which headers are signed. A request is signed once per send, so retries must send a new request message.
/// </remarks>
public sealed class AwsSigningHandler : DelegatingHandler
{
    private static readonly HashSet<string> UnsignedHeaders = new(StringComparer.OrdinalIgnoreCase)
    {
        "Authorization", "Connection", "Content-Length", "Expect", "Keep-Alive", "Proxy-Authorization",
        "Proxy-Connection", "TE", "Trailer", "Transfer-Encoding", "Upgrade", "User-Agent", "X-Amzn-Trace-Id",
        "X-Amz-Date", "X-Amz-Content-SHA256", "X-Amz-Security-Token",
    };

    private readonly AwsSigningScope scope;
    private readonly AWSCredentials credentials;
    private readonly TimeProvider time;
    private readonly RegionEndpoint region;

    public AwsSigningHandler(AwsSigningScope scope, AWSCredentials credentials, TimeProvider? time = null)
    {
        ArgumentNullException.ThrowIfNull(scope);
        ArgumentNullException.ThrowIfNull(credentials);
        ArgumentException.ThrowIfNullOrWhiteSpace(scope.Region);
        ArgumentException.ThrowIfNullOrWhiteSpace(scope.Service);
        this.scope = scope;
        this.credentials = credentials;
        this.time = time ?? TimeProvider.System;
        region = RegionEndpoint.GetBySystemName(scope.Region);
    }

    public AwsSigningHandler(AwsSigningScope scope, AWSCredentials credentials, HttpMessageHandler innerHandler, TimeProvider? time = null)
        : this(scope, credentials, time)
    {
        InnerHandler = innerHandler;
    }

    protected override async Task<HttpResponseMessage> SendAsync(HttpRequestMessage request, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(request);
        var body = request.Content is null ? [] : await request.Content.ReadAsByteArrayAsync(cancellationToken);
        var signing = new AWSSigningRequest
        {
            HttpMethod = request.Method,
            RequestUri = request.RequestUri ?? throw new InvalidOperationException("A request to sign needs an absolute URI."),
            Content = body,
        };
        foreach (var (name, value) in HeadersToSign(request))
            signing.Headers[name] = value;
        var parameters = new AWSSigV4Parameters
        {
            Credentials = credentials,
            Region = region,
            Service = scope.Service,
            SignPayload = true,
            SignedAt = time.GetUtcNow().UtcDateTime,
        };
        var signature = await AWSSigV4Signer.SignAsync(signing, parameters, cancellationToken);
        foreach (var (name, value) in signature.Headers)
        {
            request.Headers.Remove(name);
            request.Headers.TryAddWithoutValidation(name, value);
        }
        return await base.SendAsync(request, cancellationToken);
    }

    private static IEnumerable<(string Name, string Value)> HeadersToSign(HttpRequestMessage request)
    {
        IEnumerable<KeyValuePair<string, IEnumerable<string>>> headers = request.Headers.NonValidated
            .Select(h => KeyValuePair.Create(h.Key, (IEnumerable<string>)h.Value));
        if (request.Content is not null)
            headers = headers.Concat(request.Content.Headers.NonValidated.Select(h => KeyValuePair.Create(h.Key, (IEnumerable<string>)h.Value)));
        return headers
            .Where(h => !UnsignedHeaders.Contains(h.Key) && !h.Key.Equals("Host", StringComparison.OrdinalIgnoreCase))
            .Select(h => (h.Key, string.Join(",", h.Value)));
    }
}
