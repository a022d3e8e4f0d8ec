using System.Reflection;

namespace MediaDiscovery.Encoders;

/// <summary>
/// A BERT-family sentence encoder shipped inside a NuGet package's assembly as embedded resources (an ONNX graph and a
/// WordPiece vocabulary). The assembly is copied beside this one under <c>models/</c> by the build and read for its
/// resources only, never executed: its own wrapper code and dependencies are not needed.
/// Pooling is the [CLS] token's final state, L2-normalised (what arctic-embed's card asks for).
/// </summary>
/// <param name="Name">The model's name: what vectors are stored under.</param>
/// <param name="QueryInstruction">Prefixed to queries (never documents), as the model card asks; empty for none.</param>
public sealed record PackagedModel(
    string Name,
    string AssemblyFile,
    string ResourcePrefix,
    int Dimensions,
    int MaxPositions,
    string QueryInstruction)
{
    public byte[] ReadModel(string? path = null)
    {
        using var stream = Open(path ?? DefaultPath, ResourcePrefix + "model.onnx");
        using var copy = new MemoryStream(capacity: (int)Math.Min(stream.Length, int.MaxValue));
        stream.CopyTo(copy);
        return copy.ToArray();
    }

    public TextReader OpenVocabulary(string? path = null) => new StreamReader(Open(path ?? DefaultPath, ResourcePrefix + "vocab.txt"));

    /// <summary>Where the model assembly is looked for: <c>models/</c> beside this assembly (a build, a Lambda package).</summary>
    public string DefaultPath =>
        Path.Combine(Path.GetDirectoryName(typeof(PackagedModel).Assembly.Location) is { Length: > 0 } directory ? directory : AppContext.BaseDirectory,
            "models", AssemblyFile);

    private static Stream Open(string path, string resource)
    {
        if (!File.Exists(path))
            throw new FileNotFoundException($"The sentence encoder's model is missing: {path} (it is copied there by the build of MediaDiscovery.Encoders).", path);
        // Loaded for its resources only: no type of it is touched, so its own dependencies are never needed.
        var assembly = Assembly.LoadFrom(path);
        return assembly.GetManifestResourceStream(resource)
            ?? throw new InvalidOperationException($"{path} has no resource {resource}: not the package version this encoder was built for.");
    }
}
