using System.Runtime.InteropServices;
using MediaDiscovery.Encoders;

namespace MediaDiscovery.Encoders.Tests;

/// <summary>Free C-heap pages go back to the system after a bulk encode (the LocalHost's first-start memory).</summary>
public sealed class NativeHeapTests
{
    [Fact]
    public void Trim_returns_the_free_pages_between_live_blocks_to_the_system()
    {
        if (!IsGlibc())
            return; // the product's machines (CI, Lambda's Amazon Linux) are glibc; elsewhere Trim is a no-op
        const int blocks = 200_000; // 1 KiB each: ~200 MB, like a batch's activations
        var held = new IntPtr[blocks];
        for (var i = 0; i < blocks; i++)
        {
            held[i] = Marshal.AllocHGlobal(1024);
            Marshal.WriteByte(held[i], 1); // touch it, so it is resident
        }
        // Free all but every 512th block: the live ones pin the heap, so glibc cannot shrink it from the top.
        for (var i = 0; i < blocks; i++)
        {
            if (i % 512 != 0)
                Marshal.FreeHGlobal(held[i]);
        }
        var before = ResidentMegabytes();

        Assert.True(NativeHeap.Trim());
        var after = ResidentMegabytes();

        for (var i = 0; i < blocks; i += 512)
            Marshal.FreeHGlobal(held[i]);
        Assert.True(before - after > 100, $"RSS {before} MB -> {after} MB after the trim");
    }

    private static bool IsGlibc() => OperatingSystem.IsLinux() && (File.Exists("/lib/x86_64-linux-gnu/libc.so.6") || File.Exists("/lib/aarch64-linux-gnu/libc.so.6") || File.Exists("/lib64/libc.so.6"));

    private static long ResidentMegabytes()
    {
        var line = File.ReadLines("/proc/self/status").First(l => l.StartsWith("VmRSS:", StringComparison.Ordinal));
        return long.Parse(line.Split(' ', StringSplitOptions.RemoveEmptyEntries)[1], System.Globalization.CultureInfo.InvariantCulture) / 1024;
    }
}
