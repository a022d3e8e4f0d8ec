namespace MediaDiscovery.Cdk;

/// <summary>
/// One Lambda function: its project (<c>functions/MediaDiscovery.Functions.&lt;Name&gt;</c>, published to
/// <c>&lt;assets&gt;/&lt;Name&gt;</c>), its size, its concurrency, and the publish format its cold start was measured
/// best in (ADR 0014).
/// </summary>
/// <param name="MemoryMb">
/// From the peak resident memory measured doing the function's work (docs/deploy.md, function-memory.sh): at least
/// twice the peak, rounded up to 128 MB, and no less than 512 MB; 1,024 MB for Search, whose requests are CPU-bound
/// (encoding and fusion; Lambda's CPU share grows with memory); Recommendations keeps 2,048 MB because its EASE
/// training holds a few items x items matrices (up to 218 MiB at today's 1,381 linked items, quadratic in them).
/// </param>
/// <param name="ProvisionedConcurrency">Warm instances in prod, where a cold start would be on a user's path.</param>
/// <param name="ReservedConcurrency">A ceiling in prod, where a burst must not starve the account or a downstream.</param>
public sealed record FunctionSpec(
    string Name,
    int MemoryMb,
    int TimeoutSeconds,
    bool InVpc,
    int? ProvisionedConcurrency = null,
    int? ReservedConcurrency = null)
{
    /// <summary>
    /// Measured (ADR 0014, process start to the adapter's readiness check): Native AOT 0.09-0.31 s against ReadyToRun
    /// 0.31-0.63 s, at half the memory, for every function; the encoder, the AWS SDK and Redis work under it.
    /// </summary>
    public FunctionPublishFormat MeasuredFormat { get; init; } = FunctionPublishFormat.NativeAot;

    public const string ProjectPrefix = "MediaDiscovery.Functions.";

    /// <summary>The project's assembly: the managed runtime's handler, and the name of the native executable.</summary>
    public string AssemblyName => ProjectPrefix + Name;

    public static readonly FunctionSpec Search = new("Search", 1024, 15, InVpc: true, ProvisionedConcurrency: 2);
    public static readonly FunctionSpec Intent = new("Intent", 512, 10, InVpc: false, ProvisionedConcurrency: 1);
    public static readonly FunctionSpec Embeddings = new("Embeddings", 640, 300, InVpc: true, ReservedConcurrency: 10);
    public static readonly FunctionSpec Recommendations = new("Recommendations", 2048, 15, InVpc: true, ProvisionedConcurrency: 1);
    public static readonly FunctionSpec Webhooks = new("Webhooks", 512, 15, InVpc: false, ReservedConcurrency: 20);
    public static readonly FunctionSpec Availability = new("Availability", 512, 120, InVpc: false);
    public static readonly FunctionSpec CatalogSync = new("CatalogSync", 640, 900, InVpc: false, ReservedConcurrency: 1);

    public static IReadOnlyList<FunctionSpec> All { get; } = [Search, Intent, Embeddings, Recommendations, Webhooks, Availability, CatalogSync];
}
