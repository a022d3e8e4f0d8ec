using System.Reflection.Metadata;
using System.Reflection.PortableExecutable;

namespace MediaDiscovery.Encoders;

/// <summary>
/// A BERT-family sentence encoder shipped inside a NuGet package's assembly as embedded resources (an ONNX graph and a
/// WordPiece vocabulary). The assembly is copied beside this one under <c>models/</c> by the build and only its
/// resources are read, from the file's metadata: it is never loaded, so its wrapper's dependencies are not needed.
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
    public byte[] ReadModel(string? path = null) => Read(path ?? DefaultPath, ResourcePrefix + "model.onnx");

    public TextReader OpenVocabulary(string? path = null) =>
        new StreamReader(new MemoryStream(Read(path ?? DefaultPath, ResourcePrefix + "vocab.txt"), writable: false));

    /// <summary>Where the model assembly is looked for: <c>models/</c> beside this assembly (a build, a Lambda package).</summary>
    public string DefaultPath =>
        Path.Combine(Path.GetDirectoryName(typeof(PackagedModel).Assembly.Location) is { Length: > 0 } directory ? directory : AppContext.BaseDirectory,
            "models", AssemblyFile);

    /// <summary>
    /// One manifest resource of the assembly, read from the file's metadata without loading the assembly: no type of
    /// it is ever touched, and loading by path is not possible at all in a native (AOT) build.
    /// </summary>
    private static byte[] Read(string path, string resource)
    {
        if (!File.Exists(path))
            throw new FileNotFoundException($"The sentence encoder's model is missing: {path} (it is copied there by the build of MediaDiscovery.Encoders).", path);
        using var file = File.OpenRead(path);
        using var pe = new PEReader(file);
        var metadata = pe.GetMetadataReader();
        foreach (var handle in metadata.ManifestResources)
        {
            var entry = metadata.GetManifestResource(handle);
            if (!entry.Implementation.IsNil || metadata.GetString(entry.Name) != resource)
                continue;
            var directory = pe.PEHeaders.CorHeader!.ResourcesDirectory;
            var block = pe.GetSectionData(directory.RelativeVirtualAddress).GetReader(checked((int)entry.Offset), directory.Size - checked((int)entry.Offset));
            return block.ReadBytes(block.ReadInt32());
        }
        throw new InvalidOperationException($"{path} has no resource {resource}: not the package version this encoder was built for.");
    }
}
