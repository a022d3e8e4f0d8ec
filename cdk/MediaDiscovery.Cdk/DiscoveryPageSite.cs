using Amazon.CDK;
using Amazon.CDK.AWS.CloudFront;
using Amazon.CDK.AWS.CloudFront.Origins;
using Amazon.CDK.AWS.S3;
using Amazon.CDK.AWS.S3.Deployment;
using Amazon.CDK.AWS.SecretsManager;
using Constructs;

namespace MediaDiscovery.Cdk;

/// <summary>
/// The discovery page in AWS: the repository's <c>web/</c> in a private bucket that only CloudFront reads (origin
/// access control), and one distribution that serves it and forwards <c>/api/*</c> to the HTTP API uncached. Page and
/// API share one origin, so the page's CSP (<c>web/content-security-policy</c>, the LocalHost's too) allows its calls
/// with <c>connect-src 'self'</c> and no CORS is needed. Each deploy uploads the files and invalidates the cache.
/// </summary>
public sealed class DiscoveryPageSite : Construct
{
    /// <summary>The header the functions read (<c>RateLimitingOptions.EdgeSecretHeader</c>).</summary>
    public const string EdgeSecretHeader = "X-Origin-Verify";

    public const string PolicyFile = "content-security-policy";

    public DiscoveryPageSite(Construct scope, string id, DeploymentSettings settings, PublicApi api, ISecret edgeSecret) : base(scope, id)
    {
        ArgumentNullException.ThrowIfNull(settings);
        ArgumentNullException.ThrowIfNull(api);
        ArgumentNullException.ThrowIfNull(edgeSecret);
        var files = Path.GetDirectoryName(RepositoryFiles.Find(RepositoryFiles.DiscoveryPage))!;
        Bucket = new Bucket(this, "Files", new BucketProps
        {
            BlockPublicAccess = BlockPublicAccess.BLOCK_ALL,
            Encryption = BucketEncryption.S3_MANAGED,
            EnforceSSL = true,
            RemovalPolicy = settings.IsProduction ? RemovalPolicy.RETAIN : RemovalPolicy.DESTROY,
        });
        Headers = new ResponseHeadersPolicy(this, "PageHeaders", new ResponseHeadersPolicyProps
        {
            Comment = "The discovery page: its own CSP, HSTS, no framing, no sniffing, no referrer",
            SecurityHeadersBehavior = new ResponseSecurityHeadersBehavior
            {
                ContentSecurityPolicy = new ResponseHeadersContentSecurityPolicy
                {
                    ContentSecurityPolicy = File.ReadAllText(Path.Combine(files, PolicyFile)).Trim(),
                    Override = true,
                },
                ContentTypeOptions = new ResponseHeadersContentTypeOptions { Override = true },
                FrameOptions = new ResponseHeadersFrameOptions { FrameOption = HeadersFrameOption.DENY, Override = true },
                ReferrerPolicy = new ResponseHeadersReferrerPolicy { ReferrerPolicy = HeadersReferrerPolicy.NO_REFERRER, Override = true },
                StrictTransportSecurity = new ResponseHeadersStrictTransportSecurity
                {
                    AccessControlMaxAge = Duration.Days(365),
                    IncludeSubdomains = true,
                    Override = true,
                },
            },
        });
        // The API's host name: its endpoint is https://{id}.execute-api.{region}.amazonaws.com.
        var apiHost = Fn.Select(2, Fn.Split("/", api.Api.ApiEndpoint));
        Distribution = new Distribution(this, "Distribution", new DistributionProps
        {
            Comment = $"MediaDiscovery {settings.Stage.ToString().ToLowerInvariant()}: the discovery page and its API",
            DefaultRootObject = "index.html",
            HttpVersion = HttpVersion.HTTP2_AND_3,
            PriceClass = settings.IsProduction ? PriceClass.PRICE_CLASS_ALL : PriceClass.PRICE_CLASS_100,
            DefaultBehavior = new BehaviorOptions
            {
                Origin = S3BucketOrigin.WithOriginAccessControl(Bucket),
                ViewerProtocolPolicy = ViewerProtocolPolicy.REDIRECT_TO_HTTPS,
                CachePolicy = CachePolicy.CACHING_OPTIMIZED,
                ResponseHeadersPolicy = Headers,
                Compress = true,
            },
            AdditionalBehaviors = new Dictionary<string, IBehaviorOptions>
            {
                // The API answers per user and per query: nothing cached at the edge, every viewer header but Host
                // (API Gateway routes on its own host name) passed on, the functions' own security headers kept.
                ["/api/*"] = new BehaviorOptions
                {
                    // The edge secret overrides any same-named viewer header, so only this distribution's requests carry it.
                    Origin = new HttpOrigin(apiHost, new HttpOriginProps
                    {
                        ProtocolPolicy = OriginProtocolPolicy.HTTPS_ONLY,
                        CustomHeaders = new Dictionary<string, string> { [EdgeSecretHeader] = edgeSecret.SecretValue.UnsafeUnwrap() },
                    }),
                    ViewerProtocolPolicy = ViewerProtocolPolicy.HTTPS_ONLY,
                    AllowedMethods = AllowedMethods.ALLOW_ALL,
                    CachePolicy = CachePolicy.CACHING_DISABLED,
                    OriginRequestPolicy = OriginRequestPolicy.ALL_VIEWER_EXCEPT_HOST_HEADER,
                    Compress = true,
                },
            },
        });
        _ = new BucketDeployment(this, "Upload", new BucketDeploymentProps
        {
            Sources = [Source.Asset(files)],
            Exclude = [PolicyFile],
            DestinationBucket = Bucket,
            Distribution = Distribution,
            DistributionPaths = ["/*"],
            // Small files that change with each deploy: browsers revalidate (a 304 when unchanged).
            CacheControl = [CacheControl.NoCache()],
            Prune = true,
            MemoryLimit = 256,
        });
    }

    public Bucket Bucket { get; }

    public ResponseHeadersPolicy Headers { get; }

    public Distribution Distribution { get; }

    public string Url => $"https://{Distribution.DistributionDomainName}/";
}
