namespace MediaDiscovery.Embedded.Catalog;

/// <summary>The database was written by a newer version of the application; opening it could corrupt it.</summary>
public sealed class UnsupportedCatalogSchemaException : Exception
{
    public UnsupportedCatalogSchemaException()
    {
    }

    public UnsupportedCatalogSchemaException(string message)
        : base(message)
    {
    }

    public UnsupportedCatalogSchemaException(string message, Exception innerException)
        : base(message, innerException)
    {
    }

    public UnsupportedCatalogSchemaException(string location, int foundVersion, int supportedVersion)
        : base($"The catalog database '{location}' has schema version {foundVersion}, but this build supports up to " +
               $"version {supportedVersion}. Upgrade the application or point it at another database file.")
    {
        FoundVersion = foundVersion;
        SupportedVersion = supportedVersion;
    }

    public int FoundVersion { get; }

    public int SupportedVersion { get; }
}
