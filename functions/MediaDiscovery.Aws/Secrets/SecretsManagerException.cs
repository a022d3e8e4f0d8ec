namespace MediaDiscovery.Aws.Secrets;

/// <summary>A secret could not be read (unreachable, denied, missing, or not a string).</summary>
public sealed class SecretsManagerException : Exception
{
    public SecretsManagerException()
    {
    }

    public SecretsManagerException(string message)
        : base(message)
    {
    }

    public SecretsManagerException(string message, Exception innerException)
        : base(message, innerException)
    {
    }
}
