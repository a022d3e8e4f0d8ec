namespace MediaDiscovery.Embedded.Storage;

/// <summary>The database was written by a newer version of the application; opening it could corrupt it.</summary>
public sealed class UnsupportedDatabaseSchemaException : Exception
{
    public UnsupportedDatabaseSchemaException()
    {
    }

    public UnsupportedDatabaseSchemaException(string message)
        : base(message)
    {
    }

    public UnsupportedDatabaseSchemaException(string message, Exception innerException)
        : base(message, innerException)
    {
    }

    public UnsupportedDatabaseSchemaException(string location, int foundVersion, int supportedVersion)
        : base($"The database '{location}' has schema version {foundVersion}, but this build supports up to " +
               $"version {supportedVersion}. Upgrade the application or point it at another data directory.")
    {
        FoundVersion = foundVersion;
        SupportedVersion = supportedVersion;
    }

    public int FoundVersion { get; }

    public int SupportedVersion { get; }
}
