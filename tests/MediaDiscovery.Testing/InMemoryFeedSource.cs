using System.Security.Cryptography;
using System.Text;
using MediaDiscovery.Core.Ports;

namespace MediaDiscovery.Testing;

/// <summary>A platform feed held in memory (or produced lazily), whose content tests can change between syncs.</summary>
public sealed class InMemoryFeedSource(string platform, Func<Stream> open) : ICatalogFeedSource
{
    public InMemoryFeedSource(string platform, string csv)
        : this(platform, () => new MemoryStream(Encoding.UTF8.GetBytes(csv)))
    {
    }

    public string Platform { get; } = platform;

    public string Location => $"memory:{Platform}";

    public Func<Stream> Open { get; set; } = open;

    public Exception? FailWith { get; set; }

    public Task<string?> GetFingerprintAsync(CancellationToken ct = default)
    {
        if (FailWith is not null)
            return Task.FromResult<string?>(null);
        using var stream = Open();
        if (stream is not MemoryStream)
            return Task.FromResult<string?>(null);
        return Task.FromResult<string?>(Convert.ToHexString(SHA256.HashData(stream)));
    }

    public Task<Stream> OpenAsync(CancellationToken ct = default) =>
        FailWith is null ? Task.FromResult(Open()) : Task.FromException<Stream>(FailWith);
}
