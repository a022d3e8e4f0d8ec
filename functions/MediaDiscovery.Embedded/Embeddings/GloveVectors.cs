using System.Diagnostics;
using System.Numerics;
using System.Numerics.Tensors;
using System.Text;

namespace MediaDiscovery.Embedded.Embeddings;

/// <summary>
/// GloVe word vectors in memory: 341k words x 100 dims as int8 (~35 MB) plus an open-addressing word table. Load
/// once per process with <see cref="TryLoad"/> and share; lookups are lock-free and allocation-free.
/// Row index = frequency rank (0 = "the"), which the SIF weighting uses as its word-probability estimate.
/// </summary>
public sealed class GloveVectors
{
    private const int MaxWordChars = 64;

    private readonly QuantizedWordVectors data;
    private readonly int[] buckets; // row + 1, 0 = empty
    private readonly int bucketMask;

    internal GloveVectors(QuantizedWordVectors data, string version, string source, TimeSpan loadTime)
    {
        this.data = data;
        Version = version;
        Source = source;
        LoadTime = loadTime;
        var size = (int)BitOperations.RoundUpToPowerOf2((uint)Math.Max(data.Count * 2, 16));
        buckets = new int[size];
        bucketMask = size - 1;
        for (var i = 0; i < data.Count; i++)
            Insert(i);
    }

    public int Dimensions => data.Dimensions;

    public int Count => data.Count;

    /// <summary>The package version the vectors came from.</summary>
    public string Version { get; }

    /// <summary>Where this load came from: the path of the binary cache, or of the JSON when it was converted.</summary>
    public string Source { get; }

    public TimeSpan LoadTime { get; }

    /// <summary>
    /// Finds the package, converts its JSON into <c>CacheDirectory</c> on first use, and reads the binary copy after.
    /// Null with a reason when the package is absent or unreadable: the product then runs lexical-only.
    /// </summary>
    public static GloveVectors? TryLoad(GloveVectorsOptions options, out string? reason)
    {
        var package = GlovePackage.Locate(options.PackageDirectory, out reason);
        if (package is null)
            return null;
        try
        {
            return Load(package, options.CacheDirectory);
        }
        catch (Exception e) when (e is IOException or InvalidDataException or System.Text.Json.JsonException or UnauthorizedAccessException)
        {
            reason = $"could not read {package.JsonPath}: {e.Message}";
            return null;
        }
    }

    /// <summary>Loads from the cache, converting the package's JSON when the cache is missing or stale.</summary>
    public static GloveVectors Load(GlovePackage package, string cacheDirectory)
    {
        var clock = Stopwatch.StartNew();
        var cachePath = Path.Combine(cacheDirectory, GloveBinaryCache.FileName(package));
        if (GloveBinaryCache.TryRead(cachePath) is { } cached)
            return new GloveVectors(cached, package.Version, cachePath, clock.Elapsed);
        QuantizedWordVectors converted;
        using (var json = new FileStream(package.JsonPath, FileMode.Open, FileAccess.Read, FileShare.Read, 1 << 16))
            converted = GloveJsonReader.Read(json);
        GloveBinaryCache.Write(cachePath, converted);
        return new GloveVectors(converted, package.Version, package.JsonPath, clock.Elapsed);
    }

    /// <summary>The row of a lower-case word, or -1 when it is not in the vocabulary.</summary>
    public int IndexOf(ReadOnlySpan<char> word)
    {
        if (word.IsEmpty || word.Length > MaxWordChars)
            return -1;
        Span<byte> utf8 = stackalloc byte[MaxWordChars * 3];
        var length = Encoding.UTF8.GetBytes(word, utf8);
        return IndexOf(utf8[..length]);
    }

    public int IndexOf(ReadOnlySpan<byte> utf8Word)
    {
        for (var slot = Hash(utf8Word) & bucketMask; ; slot = (slot + 1) & bucketMask)
        {
            var entry = buckets[slot];
            if (entry == 0)
                return -1;
            if (data.Word(entry - 1).SequenceEqual(utf8Word))
                return entry - 1;
        }
    }

    public string Word(int index) => Encoding.UTF8.GetString(data.Word(index));

    /// <summary>Adds <paramref name="weight"/> times row <paramref name="index"/> to <paramref name="accumulator"/>.</summary>
    public void AddScaled(int index, float weight, Span<float> accumulator)
    {
        Span<float> row = stackalloc float[Dimensions];
        CopyTo(index, row);
        TensorPrimitives.MultiplyAdd(row, weight, accumulator, accumulator);
    }

    public void CopyTo(int index, Span<float> destination)
    {
        var dims = Dimensions;
        var values = data.Values.AsSpan(index * dims, dims);
        for (var d = 0; d < dims; d++)
            destination[d] = values[d];
        TensorPrimitives.Multiply(destination[..dims], data.Scales[index], destination);
    }

    private void Insert(int row)
    {
        var slot = Hash(data.Word(row)) & bucketMask;
        while (buckets[slot] != 0)
        {
            // The package has no duplicates; if a variant does, the more frequent (earlier) row wins.
            if (data.Word(buckets[slot] - 1).SequenceEqual(data.Word(row)))
                return;
            slot = (slot + 1) & bucketMask;
        }
        buckets[slot] = row + 1;
    }

    // FNV-1a: fast for short words, deterministic (the table is rebuilt on load, never persisted).
    private static int Hash(ReadOnlySpan<byte> bytes)
    {
        var hash = 2166136261u;
        foreach (var b in bytes)
            hash = (hash ^ b) * 16777619u;
        return (int)(hash ^ (hash >> 15));
    }
}
