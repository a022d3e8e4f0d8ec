using System.Globalization;
using MediaDiscovery.Core.Ports;

namespace MediaDiscovery.Embedded.Feeds;

/// <summary>
/// A platform's catalog export on disk. The fingerprint is the file's length and last-write time: cheap to
/// read on every sync, and any normal rewrite of the file changes it. (A content hash would also catch a
/// same-size rewrite with a restored mtime, but costs a full read of the file every time.)
/// </summary>
public sealed class FileCatalogFeedSource : ICatalogFeedSource
{
    private const int ReadBufferBytes = 64 * 1024;

    public FileCatalogFeedSource(string platform, string path)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(platform);
        ArgumentException.ThrowIfNullOrWhiteSpace(path);
        Platform = platform;
        Location = Path.GetFullPath(path);
    }

    public string Platform { get; }

    /// <summary>The file's full path.</summary>
    public string Location { get; }

    /// <summary><c>length:lastWriteUtcTicks</c>, or null when the file does not exist.</summary>
    public Task<string?> GetFingerprintAsync(CancellationToken ct = default)
    {
        ct.ThrowIfCancellationRequested();
        var file = new FileInfo(Location);
        string? fingerprint = file.Exists
            ? string.Create(CultureInfo.InvariantCulture, $"{file.Length}:{file.LastWriteTimeUtc.Ticks}")
            : null;
        return Task.FromResult(fingerprint);
    }

    public Task<Stream> OpenAsync(CancellationToken ct = default)
    {
        ct.ThrowIfCancellationRequested();
        try
        {
            Stream stream = new FileStream(Location, new FileStreamOptions
            {
                Mode = FileMode.Open,
                Access = FileAccess.Read,
                // Readable while an exporter replaces it; the reader keeps the old content.
                Share = FileShare.Read | FileShare.Delete,
                BufferSize = ReadBufferBytes,
                Options = FileOptions.SequentialScan | FileOptions.Asynchronous,
            });
            return Task.FromResult(stream);
        }
        catch (Exception e) when (e is FileNotFoundException or DirectoryNotFoundException or UnauthorizedAccessException or IOException)
        {
            throw new CatalogFeedUnavailableException($"The {Platform} catalog feed '{Location}' cannot be opened: {e.Message}", e);
        }
    }

    public override string ToString() => $"{Platform} <- {Location}";
}
