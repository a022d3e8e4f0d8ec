using System.Runtime.InteropServices;

namespace MediaDiscovery.Cdk;

/// <summary>
/// Whether this machine can link a Native AOT function for a Lambda runtime, checked before any publish so a missing
/// tool is one line naming what to install instead of an MSBuild error minutes in. Native AOT links with the
/// platform's tools: Linux hosts only (no cross-OS compilation), clang or gcc for the host's own architecture, and
/// for the other one clang with that architecture's binutils and C runtime (Debian: <see cref="CrossPackages"/>).
/// </summary>
public sealed class NativeAotToolchain(string? searchPath, Architecture host, bool hostIsLinux)
{
    public const string CrossPackages = "clang binutils-aarch64-linux-gnu gcc-aarch64-linux-gnu";

    public static NativeAotToolchain OfThisMachine() =>
        new(Environment.GetEnvironmentVariable("PATH"), RuntimeInformation.OSArchitecture, OperatingSystem.IsLinux());

    /// <summary>Why a Native AOT publish for <paramref name="runtime"/> cannot run here, or null when it can.</summary>
    public string? MissingFor(string runtime)
    {
        const string Alternative = "or deploy ReadyToRun (-c publishFormat=readytorun, slower cold starts; ADR 0014)";
        if (!hostIsLinux)
            return $"Native AOT for {runtime} links on Linux only (no cross-OS compilation): publish on Linux, {Alternative}.";
        var target = runtime == "linux-arm64" ? Architecture.Arm64 : Architecture.X64;
        if (target == host)
        {
            return Has("clang") || Has("gcc")
                ? null
                : $"Native AOT for {runtime} needs clang or gcc on PATH (apt-get install clang), {Alternative}.";
        }
        var prefix = target == Architecture.Arm64 ? "aarch64-linux-gnu" : "x86_64-linux-gnu";
        return Has("clang") && Has(prefix + "-ld") && Has(prefix + "-gcc")
            ? null
            : $"Native AOT for {runtime} from this {host.ToString().ToLowerInvariant()} machine needs clang and the {prefix} linker and C runtime on PATH "
                + $"(Debian/Ubuntu: apt-get install {(target == Architecture.Arm64 ? CrossPackages : "clang binutils-x86-64-linux-gnu gcc-x86-64-linux-gnu")}), {Alternative}.";
    }

    private bool Has(string command) =>
        (searchPath ?? "").Split(Path.PathSeparator, StringSplitOptions.RemoveEmptyEntries)
            .Any(directory => File.Exists(Path.Combine(directory, command)));
}
