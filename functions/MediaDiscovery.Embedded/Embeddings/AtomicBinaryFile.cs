namespace MediaDiscovery.Embedded.Embeddings;

/// <summary>
/// Writes a binary file aside and moves it into place whole: a crash mid-write leaves the previous file (or
/// none), never a truncated one that looks valid. Each write has its own temporary file, so concurrent writers
/// of the same path (two loaders converting one cache) never share one; the last move wins, whole.
/// </summary>
public static class AtomicBinaryFile
{
    public static void Write(string path, Action<BinaryWriter> write)
    {
        ArgumentNullException.ThrowIfNull(write);
        Directory.CreateDirectory(Path.GetDirectoryName(Path.GetFullPath(path))!);
        var temporary = $"{path}.{Guid.NewGuid():N}.tmp";
        using (var stream = new FileStream(temporary, FileMode.Create, FileAccess.Write, FileShare.None, 1 << 16))
        using (var writer = new BinaryWriter(stream))
            write(writer);
        File.Move(temporary, path, overwrite: true);
    }
}
