namespace MediaDiscovery.Aws.Tests;

/// <summary>The tests that share the one dynalite process (starting node per test class would be slow).</summary>
[CollectionDefinition(Name)]
public sealed class DynaliteCollection : ICollectionFixture<DynaliteServer>
{
    public const string Name = "dynalite";
}
