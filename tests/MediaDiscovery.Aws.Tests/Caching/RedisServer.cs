using System.Diagnostics;
using System.Globalization;
using System.Net;
using System.Net.Sockets;
using System.Text;

namespace MediaDiscovery.Aws.Tests.Caching;

/// <summary>
/// A real redis-server child process on a free loopback port, without persistence. Fails loudly when redis-server
/// is not installed (CI installs it), since skipping would hide the Redis cache from CI. Can be stopped and
/// started again on the same port to simulate an outage.
/// </summary>
public sealed class RedisServer : IAsyncLifetime
{
    private static readonly TimeSpan StartTimeout = TimeSpan.FromSeconds(10);

    private readonly ProcessOutput output = new();
    private Process? process;

    public int Port { get; private set; }

    public string Configuration => $"127.0.0.1:{Port.ToString(CultureInfo.InvariantCulture)}";

    public async Task InitializeAsync()
    {
        Port = LoopbackPorts.Free();
        await StartAsync();
    }

    public Task DisposeAsync() => StopAsync();

    public async Task StartAsync()
    {
        if (process is not null)
            throw new InvalidOperationException("redis-server is already running.");
        process = Process.Start(StartInfo(Port)) ?? throw new InvalidOperationException("redis-server did not start.");
        process.OutputDataReceived += (_, e) => output.Record(e.Data);
        process.ErrorDataReceived += (_, e) => output.Record(e.Data);
        process.BeginOutputReadLine();
        process.BeginErrorReadLine();
        try
        {
            await WaitForPongAsync();
        }
        catch
        {
            // xunit does not dispose a fixture whose initialisation failed: never leave the server running.
            await StopAsync();
            throw;
        }
    }

    public async Task StopAsync()
    {
        if (process is null)
            return;
        if (!process.HasExited)
        {
            process.Kill(entireProcessTree: true);
            await process.WaitForExitAsync();
        }
        process.Dispose();
        process = null;
    }

    private static ProcessStartInfo StartInfo(int port)
    {
        var executable = FindExecutable() ?? throw new InvalidOperationException(
            "redis-server is not installed: run `apt-get update && apt-get install -y redis-server` (.ci/run does this).");
        var start = new ProcessStartInfo(executable)
        {
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            UseShellExecute = false,
        };
        foreach (var argument in new[] { "--port", port.ToString(CultureInfo.InvariantCulture), "--bind", "127.0.0.1", "--save", "", "--appendonly", "no", "--protected-mode", "yes" })
            start.ArgumentList.Add(argument);
        return start;
    }

    private static string? FindExecutable() =>
        (Environment.GetEnvironmentVariable("PATH") ?? "")
            .Split(Path.PathSeparator, StringSplitOptions.RemoveEmptyEntries)
            .Append("/usr/bin").Append("/usr/local/bin")
            .Select(dir => Path.Combine(dir, "redis-server"))
            .FirstOrDefault(File.Exists);

    private async Task WaitForPongAsync()
    {
        var deadline = Stopwatch.StartNew();
        while (true)
        {
            if (process!.HasExited)
                throw new InvalidOperationException($"redis-server exited with code {process.ExitCode}: {output}");
            try
            {
                if (await PingAsync())
                    return;
            }
            catch (Exception e) when (e is SocketException or IOException or OperationCanceledException)
            {
                // Not listening yet.
            }
            if (deadline.Elapsed > StartTimeout)
                throw new InvalidOperationException($"redis-server did not answer PING on port {Port} within {StartTimeout}: {output}");
            await Task.Delay(50);
        }
    }

    private async Task<bool> PingAsync()
    {
        using var timeout = new CancellationTokenSource(TimeSpan.FromSeconds(1));
        using var client = new TcpClient();
        await client.ConnectAsync(IPAddress.Loopback, Port, timeout.Token);
        var stream = client.GetStream();
        await stream.WriteAsync("PING\r\n"u8.ToArray(), timeout.Token);
        var buffer = new byte[16];
        var read = await stream.ReadAsync(buffer, timeout.Token);
        return Encoding.ASCII.GetString(buffer, 0, read).StartsWith("+PONG", StringComparison.Ordinal);
    }
}
