using Amazon.CDK;
using Amazon.CDK.AWS.Lambda;
using Constructs;

namespace MediaDiscovery.Cdk;

/// <summary>
/// The AWS Lambda Web Adapter: the public layer for the functions' architecture and the environment that makes it
/// start the ASP.NET Core app and forward HTTP and non-HTTP events to it (see ARCHITECTURE.md).
/// </summary>
public static class LambdaWebAdapter
{
    /// <summary>The port Kestrel listens on, on loopback only: the adapter is the app's only client.</summary>
    public const int Port = 8080;

    /// <summary>Where the adapter posts SQS batches, schedules and Step Functions task inputs.</summary>
    public const string EventsPath = "/events";

    public const string ReadinessPath = "/health";

    private const string PublisherAccount = "753240598075";

    public static string LayerName(Architecture architecture) =>
        architecture.Name == Architecture.ARM_64.Name ? "LambdaAdapterLayerArm64" : "LambdaAdapterLayerX86";

    public static ILayerVersion Layer(Construct scope, Architecture architecture, int version)
    {
        ArgumentNullException.ThrowIfNull(architecture);
        var arn = $"arn:{Aws.PARTITION}:lambda:{Aws.REGION}:{PublisherAccount}:layer:{LayerName(architecture)}:{version}";
        return LayerVersion.FromLayerVersionArn(scope, "LambdaWebAdapter", arn);
    }

    /// <summary>
    /// On the managed runtime the layer's wrapper script starts the adapter and then the handler; on provided.al2023
    /// the runtime starts the function's <c>bootstrap</c> and the layer's adapter runs as an extension, with no wrapper.
    /// </summary>
    public static Dictionary<string, string> Environment(FunctionPublishFormat format)
    {
        ArgumentNullException.ThrowIfNull(format);
        var variables = new Dictionary<string, string>
        {
            ["AWS_LWA_PORT"] = Port.ToString(System.Globalization.CultureInfo.InvariantCulture),
            ["AWS_LWA_READINESS_CHECK_PATH"] = ReadinessPath,
            ["AWS_LWA_PASS_THROUGH_PATH"] = EventsPath,
            ["ASPNETCORE_URLS"] = $"http://127.0.0.1:{Port}",
        };
        if (!format.IsNative)
            variables["AWS_LAMBDA_EXEC_WRAPPER"] = "/opt/bootstrap";
        return variables;
    }
}
