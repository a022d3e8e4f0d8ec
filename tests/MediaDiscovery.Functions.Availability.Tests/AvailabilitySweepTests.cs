using System.Diagnostics;
using System.Net;
using System.Net.Http.Json;
using System.Text;
using System.Text.Json;
using MediaDiscovery.Core.Availability;
using MediaDiscovery.Core.Availability.Sweep;
using MediaDiscovery.Core.Ports;
using MediaDiscovery.PlatformSimulator;
using Microsoft.Extensions.DependencyInjection;

namespace MediaDiscovery.Functions.Availability.Tests;

/// <summary>
/// The sweep end to end: real handlers, SQLite catalog, the recorder, the HTTP adapters and the simulator; once in
/// process and once as the ASL executed by aws-local-stepfunctions posting to the events path.
/// </summary>
public sealed class AvailabilitySweepTests : IAsyncLifetime
{
    private SimulatorServer simulator = null!;

    public async Task InitializeAsync()
    {
        simulator = await SimulatorServer.StartAsync();
        // What the platforms now say differs from the feed: a removal, a price change, and one platform down.
        (await simulator.Control.DeleteAsync(new Uri("netflix/titles/s1", UriKind.Relative))).EnsureSuccessStatusCode();
        (await simulator.Control.PutAsJsonAsync("hulu/titles/s1", new SimulatedTitleBody("free", null, null),
            PlatformSimulatorJsonContext.Default.SimulatedTitleBody)).EnsureSuccessStatusCode();
        await simulator.SetFaultsAsync("disney-plus", new SimulatorFaults(ErrorRate: 1));
    }

    public async Task DisposeAsync() => await simulator.DisposeAsync();

    [Fact]
    public async Task The_sweep_applies_what_platforms_say_and_leaves_a_failing_platform_last_known_but_stale()
    {
        await using var server = await AvailabilityFunctionServer.StartAsync(simulator);
        var disneyBefore = (await server.Store.ListByPlatformAsync("disney-plus"))
            .ToDictionary(t => t.Id, t => t.Availability.Single(a => a.Platform == "disney-plus"));

        var summary = await server.Services.GetRequiredService<InProcessSweepOrchestrator>().RunAsync("sweep-in-process");

        Assert.NotNull(summary);
        var netflix = (await server.TitleOfAsync("netflix", "s1")).Availability.Single(a => a.Platform == "netflix");
        Assert.False(netflix.Available);
        Assert.False(netflix.Stale);
        Assert.Equal("free", (await server.TitleOfAsync("hulu", "s1")).Availability.Single(a => a.Platform == "hulu").PriceType);
        foreach (var (titleId, before) in disneyBefore)
        {
            var after = (await server.Store.GetAsync(titleId))!.Availability.Single(a => a.Platform == "disney-plus");
            Assert.True(after.Stale, titleId);
            Assert.Equal(before with { Stale = true }, after);
        }
        var disney = summary.Platforms.Single(p => p.Platform == "disney-plus");
        Assert.Equal((disney.Batches, disneyBefore.Count, 0), (disney.StaleBatches, disney.StaleTitles, disney.Checked));
        Assert.All(summary.Platforms.Where(p => p.Platform != "disney-plus"), p => Assert.Equal(0, p.StaleTitles));
        Assert.Equal(2, summary.Platforms.Sum(p => p.Changed));

        var log = server.Services.GetRequiredService<IAvailabilityChangeLog>();
        var changes = await log.ListForTitleAsync((await server.TitleOfAsync("netflix", "s1")).Id, 10);
        Assert.Contains(changes, c => c.Kind == AvailabilityChangeKind.Removed && c.Source == AvailabilitySource.Sweep && c.Platform == "netflix");
    }

    [Fact]
    public async Task The_state_machine_run_by_aws_local_stepfunctions_has_the_same_outcome_as_the_in_process_sweep()
    {
        await using var viaAsl = await AvailabilityFunctionServer.StartAsync(simulator);
        await using var inProcess = await AvailabilityFunctionServer.StartAsync(simulator);

        var aslSummary = await RunStateMachineAsync(new Uri(viaAsl.BaseUrl, "events"), "sweep-asl");
        var processSummary = await inProcess.Services.GetRequiredService<InProcessSweepOrchestrator>().RunAsync("sweep-in-process");

        Assert.Equal("sweep-asl", aslSummary.SweepId);
        Assert.Equal(Json(processSummary!.Platforms), Json(aslSummary.Platforms));
        Assert.Contains(aslSummary.Platforms, p => p.StaleTitles > 0);
        Assert.Equal(await inProcess.AvailabilitySnapshotAsync(), await viaAsl.AvailabilitySnapshotAsync());
    }

    [Theory]
    [InlineData("{\"task\":\"launch-rockets\"}")]
    [InlineData("{\"task\":\"check-batch\",\"sweepId\":\"x\"}")]
    [InlineData("{\"task\":\"apply-sweep\",\"sweepId\":\"x\"}")]
    [InlineData("not json")]
    [InlineData("[1,2]")]
    public async Task The_events_path_refuses_malformed_task_inputs_with_a_400_problem(string body)
    {
        await using var server = await AvailabilityFunctionServer.StartAsync(simulator);
        using var response = await server.Client.PostAsync(new Uri("events", UriKind.Relative), new StringContent(body, Encoding.UTF8, "application/json"));
        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Equal("application/problem+json", response.Content.Headers.ContentType?.MediaType);
    }

    [Fact]
    public async Task A_batch_of_a_failing_platform_answers_503_so_the_state_machine_retries_and_catches()
    {
        await using var server = await AvailabilityFunctionServer.StartAsync(simulator);
        var title = await server.TitleOfAsync("disney-plus", "s1");
        var input = new SweepTaskInput("check-batch", "sweep-x", "disney-plus", new SweepBatch("disney-plus-0000", [title.Id]));
        using var response = await server.Client.PostAsJsonAsync("events", input, AvailabilityJsonContext.Default.SweepTaskInput);
        Assert.Equal(HttpStatusCode.ServiceUnavailable, response.StatusCode);
        Assert.Equal("application/problem+json", response.Content.Headers.ContentType?.MediaType);
    }

    private static async Task<SweepSummary> RunStateMachineAsync(Uri eventsUrl, string sweepId)
    {
        var root = RepositoryRoot();
        var start = new ProcessStartInfo("node", ["statemachines/local/run-sweep.mjs", eventsUrl.ToString(), sweepId])
        {
            WorkingDirectory = root,
            RedirectStandardOutput = true,
            RedirectStandardError = true,
        };
        using var node = Process.Start(start)!;
        var output = node.StandardOutput.ReadToEndAsync();
        var errors = node.StandardError.ReadToEndAsync();
        using var timeout = new CancellationTokenSource(TimeSpan.FromMinutes(2));
        await node.WaitForExitAsync(timeout.Token);
        Assert.True(node.ExitCode == 0, $"aws-local-stepfunctions failed ({node.ExitCode}): {await errors}");
        return JsonSerializer.Deserialize(await output, AvailabilityJsonContext.Default.SweepSummary)!;
    }

    private static string Json(IReadOnlyList<PlatformSweepSummary> platforms) =>
        string.Join("\n", platforms.Select(p => JsonSerializer.Serialize(p, AvailabilityJsonContext.Default.PlatformSweepSummary)));

    // node_modules (npm ci) and the runner script live at the repository root.
    private static string RepositoryRoot()
    {
        for (var dir = new DirectoryInfo(AppContext.BaseDirectory); dir is not null; dir = dir.Parent)
        {
            if (File.Exists(Path.Combine(dir.FullName, "package.json")) && Directory.Exists(Path.Combine(dir.FullName, "statemachines")))
                return dir.FullName;
        }
        throw new InvalidOperationException("Repository root (package.json, statemachines/) not found above " + AppContext.BaseDirectory);
    }
}
