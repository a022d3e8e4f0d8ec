using Amazon.CDK.AWS.Lambda;

namespace MediaDiscovery.Cdk;

/// <summary>What every <see cref="ServiceFunction"/> of a stack shares.</summary>
public sealed record ServiceFunctionContext(DeploymentSettings Settings, ILayerVersion WebAdapterLayer, PrivateNetwork Network);
