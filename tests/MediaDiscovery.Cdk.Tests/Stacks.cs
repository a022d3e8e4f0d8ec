namespace MediaDiscovery.Cdk.Tests;

/// <summary>
/// Synthesizing costs seconds (every construct is a call into the jsii Node process), so each stage is synthesized
/// once per test run: dev on x86_64 (what this repository's publish step produces) and prod on arm64.
/// </summary>
public sealed class Stacks : IDisposable
{
    private readonly Lazy<SynthesizedStack> dev = new(() => new SynthesizedStack("dev", "x86_64"));
    private readonly Lazy<SynthesizedStack> prod = new(() => new SynthesizedStack("prod", "arm64"));
    private readonly Lazy<SynthesizedStack> encoder = new(() =>
        new SynthesizedStack("dev", "x86_64", new Dictionary<string, object> { ["embeddingModel"] = "arctic-embed-xs" }));

    private readonly Lazy<SynthesizedStack> readyToRun = new(() =>
        new SynthesizedStack("dev", "x86_64", new Dictionary<string, object> { ["publishFormat"] = "readytorun" }));

    public SynthesizedStack Dev => dev.Value;

    /// <summary>Dev with every function ReadyToRun on the managed runtime instead of its measured format.</summary>
    public SynthesizedStack ReadyToRun => readyToRun.Value;

    public SynthesizedStack Prod => prod.Value;

    public IEnumerable<SynthesizedStack> Both => [Dev, Prod];

    /// <summary>Dev with the functions running the sentence encoder instead of calling Titan.</summary>
    public SynthesizedStack WithEncoder => encoder.Value;

    public void Dispose()
    {
        if (dev.IsValueCreated)
            dev.Value.Dispose();
        if (prod.IsValueCreated)
            prod.Value.Dispose();
        if (encoder.IsValueCreated)
            encoder.Value.Dispose();
        if (readyToRun.IsValueCreated)
            readyToRun.Value.Dispose();
    }
}

[CollectionDefinition(Name)]
public sealed class StacksCollection : ICollectionFixture<Stacks>
{
    public const string Name = "Synthesized stacks";
}
