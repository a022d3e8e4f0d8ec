namespace MediaDiscovery.Embedded.Embeddings;

public sealed record GloveVectorsOptions
{
    /// <summary>Where the compact binary copy of the vectors is kept (the LocalHost's data directory).</summary>
    public required string CacheDirectory { get; set; }

    /// <summary>The package directory; null = search <c>node_modules</c> upwards (see <see cref="GlovePackage.Locate"/>).</summary>
    public string? PackageDirectory { get; set; }
}
