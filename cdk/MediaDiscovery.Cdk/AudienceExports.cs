using Amazon.CDK;
using Amazon.CDK.AWS.IAM;
using Amazon.CDK.AWS.S3;
using Constructs;

namespace MediaDiscovery.Cdk;

/// <summary>
/// Where the operator puts an audience export (ADR 0015): <c>ratings.csv</c> and <c>movies.csv</c> in the MovieLens
/// format under <see cref="Prefix"/>. The Recommendations function reads it at every training; the stack ships no
/// data (MovieLens is not licensed for a product), so until an export is uploaded the model learns from the users'
/// events alone. Private, encrypted, TLS only, versioned (an upload that turns out bad can be rolled back).
/// </summary>
public sealed class AudienceExports : Construct
{
    public const string Prefix = "audience/";

    public AudienceExports(Construct scope, string id, DeploymentSettings settings) : base(scope, id)
    {
        ArgumentNullException.ThrowIfNull(settings);
        Bucket = new Bucket(this, "Bucket", new BucketProps
        {
            BlockPublicAccess = BlockPublicAccess.BLOCK_ALL,
            Encryption = BucketEncryption.S3_MANAGED,
            EnforceSSL = true,
            Versioned = true,
            RemovalPolicy = settings.IsProduction ? RemovalPolicy.RETAIN : RemovalPolicy.DESTROY,
        });
    }

    public Bucket Bucket { get; }

    /// <summary>The <c>Recommendations:Audience</c> setting that points the function at the export.</summary>
    public string Location => $"s3://{Bucket.BucketName}/{Prefix}";

    public void GrantRead(IGrantable reader) => Bucket.GrantRead(reader, Prefix + "*");
}
