namespace MediaDiscovery.Cdk.Tests;

/// <summary>What synth publishes, and when it does not publish again (a small repository made on disk).</summary>
public sealed class FunctionPublisherTests : IDisposable
{
    private readonly string root = Directory.CreateTempSubdirectory("md-publisher-").FullName;

    public FunctionPublisherTests()
    {
        Write("Directory.Build.props", "<Project />");
        Write("functions/MediaDiscovery.Core/MediaDiscovery.Core.csproj", "<Project Sdk=\"Microsoft.NET.Sdk\" />");
        Write("functions/MediaDiscovery.Core/Title.cs", "class Title {}");
        Write("functions/MediaDiscovery.Core/bin/Release/junk.dll", "changes every build");
        Write("functions/MediaDiscovery.Other/MediaDiscovery.Other.csproj", "<Project Sdk=\"Microsoft.NET.Sdk\" />");
        Write("functions/MediaDiscovery.Functions.Intent/MediaDiscovery.Functions.Intent.csproj",
            """<Project Sdk="Microsoft.NET.Sdk"><ItemGroup><ProjectReference Include="..\MediaDiscovery.Core\MediaDiscovery.Core.csproj" /></ItemGroup></Project>""");
    }

    public void Dispose() => Directory.Delete(root, recursive: true);

    private void Write(string path, string text)
    {
        var full = Path.Combine(root, path);
        Directory.CreateDirectory(Path.GetDirectoryName(full)!);
        File.WriteAllText(full, text);
    }

    private static FunctionPublishFormat ReadyToRun => FunctionPublishFormat.ReadyToRun;

    /// <summary>A machine without any native toolchain: a Native AOT publish must stop before dotnet runs.</summary>
    private static NativeAotToolchain NoToolchain => new("", System.Runtime.InteropServices.Architecture.X64, hostIsLinux: true);

    private string Project => Path.Combine(root, "functions/MediaDiscovery.Functions.Intent/MediaDiscovery.Functions.Intent.csproj");

    [Fact]
    public void The_hash_follows_the_projects_sources_and_the_runtime_only()
    {
        var publisher = new FunctionPublisher(root);
        var first = publisher.HashOf(Project, "linux-arm64", ReadyToRun);

        Write("functions/MediaDiscovery.Core/bin/Release/junk.dll", "another build");
        Write("functions/MediaDiscovery.Other/Unrelated.cs", "class Unrelated {}");
        Assert.Equal(first, publisher.HashOf(Project, "linux-arm64", ReadyToRun));

        Assert.NotEqual(first, publisher.HashOf(Project, "linux-x64", ReadyToRun));
        Assert.NotEqual(first, publisher.HashOf(Project, "linux-arm64", FunctionPublishFormat.NativeAot));
        Write("functions/MediaDiscovery.Core/Title.cs", "class Title { int Year; }");
        var changed = publisher.HashOf(Project, "linux-arm64", ReadyToRun);
        Assert.NotEqual(first, changed);
        Write("Directory.Build.props", "<Project><PropertyGroup /></Project>");
        Assert.NotEqual(changed, publisher.HashOf(Project, "linux-arm64", ReadyToRun));
    }

    [Fact]
    public void Unchanged_inputs_are_not_published_again()
    {
        var publisher = new FunctionPublisher(root);
        var hash = publisher.HashOf(Project, "linux-arm64", ReadyToRun);
        var cached = Path.Combine(publisher.CacheDirectory, $"Intent-linux-arm64-readytorun-{hash[..16]}");
        Directory.CreateDirectory(cached);
        File.WriteAllText(Path.Combine(cached, "MediaDiscovery.Functions.Intent.dll"), "published earlier");

        // Publishing for real would fail on this project: reusing means dotnet never ran.
        Assert.Equal(cached, publisher.Publish(FunctionSpec.Intent, "linux-arm64", ReadyToRun));
    }

    [Fact]
    public void A_native_publish_is_reused_by_its_executable_even_without_a_toolchain()
    {
        var publisher = new FunctionPublisher(root, NoToolchain);
        var hash = publisher.HashOf(Project, "linux-arm64", FunctionPublishFormat.NativeAot);
        var cached = Path.Combine(publisher.CacheDirectory, $"Intent-linux-arm64-aot-{hash[..16]}");
        Directory.CreateDirectory(cached);
        File.WriteAllText(Path.Combine(cached, "MediaDiscovery.Functions.Intent"), "linked earlier");

        Assert.Equal(cached, publisher.Publish(FunctionSpec.Intent, "linux-arm64", FunctionPublishFormat.NativeAot));
    }

    [Fact]
    public void A_native_publish_without_its_toolchain_is_one_line_naming_what_to_install()
    {
        var publisher = new FunctionPublisher(root, NoToolchain);

        var error = Assert.Throws<FunctionPublishException>(() => publisher.Publish(FunctionSpec.Intent, "linux-arm64", FunctionPublishFormat.NativeAot));

        Assert.DoesNotContain('\n', error.Message);
        Assert.Contains("Cannot publish Intent", error.Message, StringComparison.Ordinal);
        Assert.Contains(NativeAotToolchain.CrossPackages, error.Message, StringComparison.Ordinal);
        Assert.Contains("-c publishFormat=readytorun", error.Message, StringComparison.Ordinal);
        Assert.False(Directory.Exists(publisher.CacheDirectory));
    }

    [Fact]
    public void A_publish_that_fails_is_one_line_with_its_log()
    {
        Write("functions/MediaDiscovery.Functions.Intent/Broken.cs", "this is not C#");
        var publisher = new FunctionPublisher(root);

        var error = Assert.Throws<FunctionPublishException>(() => publisher.Publish(FunctionSpec.Intent, "linux-x64", ReadyToRun));

        Assert.DoesNotContain('\n', error.Message);
        Assert.Contains("Publishing Intent for linux-x64 (readytorun) failed", error.Message, StringComparison.Ordinal);
        Assert.Contains(".log", error.Message, StringComparison.Ordinal);
        Assert.Empty(Directory.EnumerateDirectories(publisher.CacheDirectory));
    }
}
