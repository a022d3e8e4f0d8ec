using System.Runtime.InteropServices;

namespace MediaDiscovery.Cdk.Tests;

/// <summary>What a Native AOT publish needs on the machine that runs synth (fake PATH directories).</summary>
public sealed class NativeAotToolchainTests : IDisposable
{
    private readonly string bin = Directory.CreateTempSubdirectory("md-toolchain-").FullName;

    public void Dispose() => Directory.Delete(bin, recursive: true);

    private string PathWith(params string[] commands)
    {
        foreach (var command in commands)
            File.WriteAllText(Path.Combine(bin, command), "");
        return bin;
    }

    [Fact]
    public void The_hosts_own_architecture_needs_clang_or_gcc()
    {
        Assert.Null(new NativeAotToolchain(PathWith("gcc"), Architecture.X64, hostIsLinux: true).MissingFor("linux-x64"));
        Assert.Contains("clang or gcc", new NativeAotToolchain("", Architecture.X64, hostIsLinux: true).MissingFor("linux-x64"), StringComparison.Ordinal);
    }

    [Fact]
    public void Arm64_from_x64_needs_clang_and_the_aarch64_linker_and_C_runtime()
    {
        var gccOnly = new NativeAotToolchain(PathWith("gcc", "clang"), Architecture.X64, hostIsLinux: true).MissingFor("linux-arm64");
        Assert.Contains("apt-get install " + NativeAotToolchain.CrossPackages, gccOnly, StringComparison.Ordinal);

        var cross = new NativeAotToolchain(PathWith("clang", "aarch64-linux-gnu-ld", "aarch64-linux-gnu-gcc"), Architecture.X64, hostIsLinux: true);
        Assert.Null(cross.MissingFor("linux-arm64"));
        Assert.Null(new NativeAotToolchain(PathWith("clang"), Architecture.Arm64, hostIsLinux: true).MissingFor("linux-arm64"));
    }

    [Fact]
    public void Other_operating_systems_cannot_link_for_Lambda_and_are_told_the_alternative()
    {
        var missing = new NativeAotToolchain(PathWith("clang"), Architecture.Arm64, hostIsLinux: false).MissingFor("linux-arm64");

        Assert.NotNull(missing);
        Assert.Contains("Linux only", missing, StringComparison.Ordinal);
        Assert.Contains("-c publishFormat=readytorun", missing, StringComparison.Ordinal);
        Assert.DoesNotContain('\n', missing);
    }
}
