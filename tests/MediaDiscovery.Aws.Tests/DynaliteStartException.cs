namespace MediaDiscovery.Aws.Tests;

/// <summary>dynalite did not come up (exited, or never answered).</summary>
public sealed class DynaliteStartException : Exception
{
    public DynaliteStartException()
    {
    }

    public DynaliteStartException(string message)
        : base(message)
    {
    }

    public DynaliteStartException(string message, Exception innerException)
        : base(message, innerException)
    {
    }
}
