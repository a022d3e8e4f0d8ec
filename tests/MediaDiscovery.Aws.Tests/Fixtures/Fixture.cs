namespace MediaDiscovery.Aws.Tests.Fixtures;

/// <summary>Test fixture files (documented request and response examples), copied next to the test binaries.</summary>
internal static class Fixture
{
    public static string Read(string relativePath) =>
        File.ReadAllText(Path.Combine(AppContext.BaseDirectory, "Fixtures", relativePath));
}
