using MediaDiscovery.Core.Ports;
using MediaDiscovery.Embedded.Feeds;

namespace MediaDiscovery.Embedded.Tests.Feeds;

public sealed class FileCatalogFeedSourceTests : IDisposable
{
    private readonly TempDirectory _directory = new();

    [Fact]
    public async Task Opens_the_file_content()
    {
        var path = _directory.File("netflix_titles.csv");
        await File.WriteAllTextAsync(path, "show_id,type\ns1,Movie\n");
        var feed = new FileCatalogFeedSource("netflix", path);

        await using var stream = await feed.OpenAsync();
        using var reader = new StreamReader(stream);
        Assert.Equal("show_id,type\ns1,Movie\n", await reader.ReadToEndAsync());
        Assert.Equal("netflix", feed.Platform);
        Assert.Equal(path, feed.Location);
    }

    [Fact]
    public async Task The_fingerprint_is_stable_until_the_file_changes()
    {
        var path = _directory.File("hulu_titles.csv");
        await File.WriteAllTextAsync(path, "a");
        File.SetLastWriteTimeUtc(path, new DateTime(2026, 1, 1, 0, 0, 0, DateTimeKind.Utc));
        var feed = new FileCatalogFeedSource("hulu", path);
        var first = await feed.GetFingerprintAsync();

        Assert.NotNull(first);
        Assert.Equal(first, await feed.GetFingerprintAsync());

        await File.WriteAllTextAsync(path, "b"); // same length: only the write time tells
        File.SetLastWriteTimeUtc(path, new DateTime(2026, 1, 2, 0, 0, 0, DateTimeKind.Utc));
        Assert.NotEqual(first, await feed.GetFingerprintAsync());
    }

    [Fact]
    public async Task A_missing_file_has_no_fingerprint_and_cannot_be_opened()
    {
        var feed = new FileCatalogFeedSource("hulu", _directory.File("absent.csv"));
        Assert.Null(await feed.GetFingerprintAsync());
        var error = await Assert.ThrowsAsync<CatalogFeedUnavailableException>(() => feed.OpenAsync());
        Assert.Contains("absent.csv", error.Message, StringComparison.Ordinal);
    }

    public void Dispose() => _directory.Dispose();
}
