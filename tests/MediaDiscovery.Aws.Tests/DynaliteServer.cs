using System.Diagnostics;
using System.Net;
using System.Net.Sockets;
using System.Text;
using Amazon.DynamoDBv2;
using Amazon.DynamoDBv2.Model;
using Amazon.Runtime;

namespace MediaDiscovery.Aws.Tests;

/// <summary>
/// One dynalite (DynamoDB API over an in-memory LevelDB, npm) for the whole test run, on a free loopback port.
/// Fails loudly when the npm packages are not installed: silently skipping would hide the DynamoDB store from CI.
/// </summary>
public sealed class DynaliteServer : IAsyncLifetime
{
    private static readonly TimeSpan StartTimeout = TimeSpan.FromSeconds(20);
    private const int StartAttempts = 3;

    private readonly ProcessOutput output = new();
    private Process? process;
    private AmazonDynamoDBClient? client;

    public Uri ServiceUrl { get; private set; } = null!;

    /// <summary>A client shared by the tests (the SDK's clients are thread-safe).</summary>
    public IAmazonDynamoDB Client => client ?? throw new InvalidOperationException("dynalite has not been started.");

    public async Task InitializeAsync()
    {
        var cli = DynaliteCli();
        for (var attempt = 1; ; attempt++)
        {
            // The port is free when picked but could be taken before node binds it: then start over.
            try
            {
                await StartAsync(cli, LoopbackPorts.Free());
                return;
            }
            catch (DynaliteStartException)
            {
                // xunit does not dispose a fixture whose initialisation failed: never leave node running.
                await StopAsync();
                if (attempt >= StartAttempts)
                    throw;
            }
        }
    }

    public async Task DisposeAsync() => await StopAsync();

    public static AmazonDynamoDBClient CreateClient(Uri serviceUrl) => new(
        new BasicAWSCredentials("test", "test"),
        new AmazonDynamoDBConfig
        {
            ServiceURL = serviceUrl.ToString(),
            AuthenticationRegion = "us-east-1",
            Timeout = TimeSpan.FromSeconds(30),
        });

    private static string DynaliteCli()
    {
        var root = RepositoryRoot.Find();
        var cli = Path.Combine(root, "node_modules", "dynalite", "cli.js");
        if (!File.Exists(cli))
            throw new InvalidOperationException($"dynalite is not installed ({cli} is missing): run `npm ci` in {root} first.");
        return cli;
    }

    private async Task StartAsync(string cli, int port)
    {
        ServiceUrl = new Uri($"http://127.0.0.1:{port}");
        process = Process.Start(StartInfo(cli, port)) ?? throw new DynaliteStartException("node did not start.");
        process.OutputDataReceived += (_, e) => output.Record(e.Data);
        process.ErrorDataReceived += (_, e) => output.Record(e.Data);
        process.BeginOutputReadLine();
        process.BeginErrorReadLine();
        client = CreateClient(ServiceUrl);
        await WaitUntilServingAsync();
    }

    /// <summary>In memory (no --path); tables become ACTIVE at once instead of after dynalite's default 500 ms.</summary>
    private static ProcessStartInfo StartInfo(string cli, int port)
    {
        var start = new ProcessStartInfo("node")
        {
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            UseShellExecute = false,
        };
        foreach (var argument in new[] { cli, "--host", "127.0.0.1", "--port", port.ToString(System.Globalization.CultureInfo.InvariantCulture), "--createTableMs", "0", "--deleteTableMs", "0", "--updateTableMs", "0" })
            start.ArgumentList.Add(argument);
        return start;
    }

    private async Task WaitUntilServingAsync()
    {
        var deadline = Stopwatch.StartNew();
        while (true)
        {
            if (process!.HasExited)
                throw new DynaliteStartException($"dynalite exited with code {process.ExitCode}: {output}");
            try
            {
                using var probe = new CancellationTokenSource(TimeSpan.FromSeconds(2));
                await Client.ListTablesAsync(new ListTablesRequest(), probe.Token);
                return;
            }
            catch (Exception e) when (e is AmazonServiceException or HttpRequestException or OperationCanceledException or SocketException)
            {
                if (deadline.Elapsed > StartTimeout)
                    throw new DynaliteStartException($"dynalite did not answer on {ServiceUrl} within {StartTimeout}: {e.Message} {output}");
                await Task.Delay(100);
            }
        }
    }

    private async Task StopAsync()
    {
        client?.Dispose();
        client = null;
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
}
