using System.Diagnostics;
using System.Net;
using System.Net.Sockets;
using System.Text;

namespace MediaDiscovery.LocalHost.Tests.Contract;

/// <summary>
/// Stoplight Prism (<c>@stoplight/prism-cli</c>, pinned in package.json) as a validating proxy: every request through it
/// is forwarded to the LocalHost, and Prism checks the request and the response against <c>docs/openapi.json</c>,
/// reporting what disagrees in an <c>sl-violations</c> response header.
/// </summary>
public sealed class PrismProxy : IAsyncDisposable
{
    private readonly Process process;
    private readonly StringBuilder log = new();

    private PrismProxy(Process process, Uri address)
    {
        this.process = process;
        Address = address;
    }

    public Uri Address { get; }

    public string Log
    {
        get
        {
            lock (log)
                return log.ToString();
        }
    }

    public static async Task<PrismProxy> StartAsync(string repositoryRoot, Uri upstream)
    {
        var prism = Path.Combine(repositoryRoot, "node_modules", ".bin", "prism");
        if (!File.Exists(prism))
            throw new InvalidOperationException($"{prism} is missing: run `npm ci` at the repository root (bash .ci/run does).");
        var port = FreePort();
        var start = new ProcessStartInfo(prism)
        {
            WorkingDirectory = repositoryRoot,
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            UseShellExecute = false,
        };
        foreach (var argument in new[] { "proxy", Path.Combine("docs", "openapi.json"), upstream.ToString().TrimEnd('/'), "--host", "127.0.0.1", "--port", port.ToString(System.Globalization.CultureInfo.InvariantCulture) })
            start.ArgumentList.Add(argument);
        var process = Process.Start(start) ?? throw new InvalidOperationException("Prism did not start.");
        var proxy = new PrismProxy(process, new Uri($"http://127.0.0.1:{port}/"));
        var listening = new TaskCompletionSource(TaskCreationOptions.RunContinuationsAsynchronously);
        void Read(object? sender, DataReceivedEventArgs e)
        {
            if (e.Data is null)
                return;
            lock (proxy.log)
                proxy.log.AppendLine(e.Data);
            if (e.Data.Contains("Prism is listening", StringComparison.Ordinal))
                listening.TrySetResult();
        }
        process.OutputDataReceived += Read;
        process.ErrorDataReceived += Read;
        process.BeginOutputReadLine();
        process.BeginErrorReadLine();
        var started = await Task.WhenAny(listening.Task, process.WaitForExitAsync(), Task.Delay(TimeSpan.FromSeconds(60)));
        if (started != listening.Task)
        {
            await proxy.DisposeAsync();
            throw new InvalidOperationException("Prism did not start listening within 60 s:\n" + proxy.Log);
        }
        return proxy;
    }

    public async ValueTask DisposeAsync()
    {
        if (!process.HasExited)
        {
            process.Kill(entireProcessTree: true);
            await process.WaitForExitAsync();
        }
        process.Dispose();
    }

    private static int FreePort()
    {
        using var listener = new TcpListener(IPAddress.Loopback, 0);
        listener.Start();
        return ((IPEndPoint)listener.LocalEndpoint).Port;
    }
}
