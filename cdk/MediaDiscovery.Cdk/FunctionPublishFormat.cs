namespace MediaDiscovery.Cdk;

/// <summary>
/// How a function is compiled for Lambda. <see cref="ReadyToRun"/>: framework-dependent assemblies with precompiled
/// code, on the managed <c>dotnet10</c> runtime (the handler names the assembly). <see cref="NativeAot"/>: one native
/// executable on the OS-only <c>provided.al2023</c> runtime, started by a <c>bootstrap</c> script beside it; it starts
/// 2-4x faster at half the memory (ADR 0014) but needs a native toolchain for the target (<see cref="NativeAotToolchain"/>).
/// </summary>
public sealed record FunctionPublishFormat
{
    public static readonly FunctionPublishFormat ReadyToRun = new("readytorun", ["--self-contained", "false", "-p:PublishReadyToRun=true"]);

    /// <summary>
    /// Symbols go to a separate <c>.dbg</c> file (kept in the publish cache, left out of the package). The AOT analysis
    /// warns about libraries the functions use as they are verified to work (ADR 0014), so its warnings are not errors.
    /// </summary>
    public static readonly FunctionPublishFormat NativeAot = new("aot", ["-p:PublishAot=true", "-p:SelfContained=true", "-p:StripSymbols=true", "-p:TreatWarningsAsErrors=false"]);

    /// <summary>The script the provided.al2023 runtime starts.</summary>
    public const string Bootstrap = "bootstrap";

    private FunctionPublishFormat(string name, IReadOnlyList<string> publishArguments)
    {
        Name = name;
        PublishArguments = publishArguments;
    }

    /// <summary>How CDK context and the publish cache name it.</summary>
    public string Name { get; }

    /// <summary>What <c>dotnet publish</c> is given besides the project, configuration, runtime and output.</summary>
    public IReadOnlyList<string> PublishArguments { get; }

    public bool IsNative => Name == NativeAot.Name;

    /// <summary>
    /// Files the publish writes that the package leaves out: ONNX Runtime's Windows DLLs, which its package copies for
    /// any arm64 publish (19 MB Lambda never loads), and for Native AOT the native symbols and the PDBs (the executable
    /// holds the code).
    /// </summary>
    public IReadOnlyList<string> ExcludedFromPackage => IsNative ? ["onnxruntime*.dll", "*.dbg", "*.pdb"] : ["onnxruntime*.dll"];

    /// <summary>The file a publish must have produced: the assembly, or the native executable.</summary>
    public string EntryFile(FunctionSpec spec)
    {
        ArgumentNullException.ThrowIfNull(spec);
        return IsNative ? spec.AssemblyName : spec.AssemblyName + ".dll";
    }

    /// <summary>The Lambda handler: the assembly for the managed runtime; provided.al2023 ignores it and runs bootstrap.</summary>
    public string Handler(FunctionSpec spec)
    {
        ArgumentNullException.ThrowIfNull(spec);
        return IsNative ? Bootstrap : spec.AssemblyName;
    }

    /// <summary>A format by its context name, or null when the name is not one.</summary>
    public static FunctionPublishFormat? Named(string name) =>
        name == ReadyToRun.Name ? ReadyToRun : name == NativeAot.Name ? NativeAot : null;

    public override string ToString() => Name;
}
