namespace MediaDiscovery.Cdk;

/// <summary>A function could not be published for the configured runtime: synth stops with this one line.</summary>
public sealed class FunctionPublishException(string message) : Exception(message);
