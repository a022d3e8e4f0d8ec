namespace MediaDiscovery.Core.Ports;

/// <summary>One platform's catalog export (CSV, the columns of the shared datasets), from a file or HTTP.</summary>
public interface ICatalogFeedSource
{
    /// <summary>Canonical platform id this feed describes.</summary>
    string Platform { get; }

    /// <summary>Where the feed comes from, for reports and logs.</summary>
    string Location { get; }

    /// <summary>A cheap fingerprint that changes when the feed's content may have changed (null = unknown).</summary>
    Task<string?> GetFingerprintAsync(CancellationToken ct = default);

    Task<Stream> OpenAsync(CancellationToken ct = default);
}
