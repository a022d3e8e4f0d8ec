using MediaDiscovery.Core.Catalog;

namespace MediaDiscovery.Embedded.Feeds;

/// <summary>Which export file belongs to which platform, from the taxonomy's <c>platforms.csv</c> in Core.</summary>
internal static class PlatformSourceFiles
{
    private const string ResourceName = "MediaDiscovery.Taxonomy.platforms.csv";

    private static readonly Lazy<IReadOnlyList<PlatformSourceFile>> Files = new(Load);

    public static IReadOnlyList<PlatformSourceFile> All => Files.Value;

    private static IReadOnlyList<PlatformSourceFile> Load()
    {
        using var stream = typeof(Title).Assembly.GetManifestResourceStream(ResourceName)
            ?? throw new InvalidOperationException($"The taxonomy resource {ResourceName} is missing from {typeof(Title).Assembly.GetName().Name}.");
        using var reader = new StreamReader(stream);
        return Parse(reader.ReadToEnd());
    }

    /// <summary>The taxonomy file is simple CSV (no quoted fields); columns are found by header name.</summary>
    internal static IReadOnlyList<PlatformSourceFile> Parse(string csv)
    {
        var lines = csv.Split('\n', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries);
        var header = lines[0].Split(',');
        var platformColumn = ColumnOf(header, "platform_id");
        var fileColumn = ColumnOf(header, "source_file");
        return lines.Skip(1)
            .Select(line => line.Split(','))
            .Select(fields => new PlatformSourceFile(fields[platformColumn], fields[fileColumn]))
            .ToList();
    }

    private static int ColumnOf(string[] header, string name)
    {
        var index = Array.IndexOf(header, name);
        return index >= 0 ? index : throw new InvalidDataException($"The taxonomy's platforms.csv has no '{name}' column.");
    }
}
