using System.Diagnostics;
using System.Net;
using System.Net.Http.Json;
using MediaDiscovery.Core.Availability;
using MediaDiscovery.Embedded.Platforms;
using MediaDiscovery.PlatformSimulator;

namespace MediaDiscovery.Functions.Availability.Tests;

/// <summary>The HTTP adapter against the simulator over real HTTP: answers, control, and every resilience path.</summary>
public sealed class HttpPlatformAvailabilityCheckerTests : IAsyncLifetime
{
    private SimulatorServer simulator = null!;

    public async Task InitializeAsync() => simulator = await SimulatorServer.StartAsync();

    public async Task DisposeAsync() => await simulator.DisposeAsync();

    [Fact]
    public async Task Answers_from_the_catalog_feed_and_follows_the_control_endpoints()
    {
        using var checker = Checker("netflix", new PlatformAdapterOptions());
        var first = await checker.CheckAsync("netflix", ["s1", "s2", "no-such-show"]);
        Assert.True(first.Succeeded, first.Failure);
        Assert.True(first.Titles.Single(t => t.ShowId == "s1").Available);
        Assert.False(first.Titles.Single(t => t.ShowId == "no-such-show").Available);

        (await simulator.Control.DeleteAsync(new Uri("netflix/titles/s1", UriKind.Relative))).EnsureSuccessStatusCode();
        (await simulator.Control.PutAsJsonAsync("netflix/titles/s2", new SimulatedTitleBody("rent", "https://netflix.example/s2", null),
            PlatformSimulatorJsonContext.Default.SimulatedTitleBody)).EnsureSuccessStatusCode();
        var second = await checker.CheckAsync("netflix", ["s1", "s2"]);
        Assert.False(second.Titles.Single(t => t.ShowId == "s1").Available);
        var s2 = second.Titles.Single(t => t.ShowId == "s2");
        Assert.Equal(("rent", "https://netflix.example/s2"), (s2.PriceType, s2.Url));
    }

    [Fact]
    public async Task A_429_is_retried_after_its_Retry_After_and_reported_when_it_persists()
    {
        await simulator.SetFaultsAsync("hulu", new SimulatorFaults(ThrottleRate: 1, RetryAfterSeconds: 1));
        using var checker = Checker("hulu", new PlatformAdapterOptions { MaxRetries = 2, RetryDelay = TimeSpan.FromMilliseconds(1), MinimumThroughput = 100 });
        var started = Stopwatch.StartNew();
        var result = await checker.CheckAsync("hulu", ["s1"]);
        Assert.Equal("http-429", result.Failure);
        Assert.Equal(3, (await simulator.StatsAsync("hulu")).Throttled);
        Assert.True(started.Elapsed >= TimeSpan.FromSeconds(1.9), $"Retry-After not honoured: {started.Elapsed}");
    }

    [Fact]
    public async Task Errors_are_retried_with_backoff_and_then_open_the_circuit_which_fails_fast()
    {
        await simulator.SetFaultsAsync("disney-plus", new SimulatorFaults(ErrorRate: 1));
        using var checker = Checker("disney-plus", new PlatformAdapterOptions
        {
            MaxRetries = 1,
            RetryDelay = TimeSpan.FromMilliseconds(1),
            MinimumThroughput = 4,
            FailureRatio = 0.5,
            BreakDuration = TimeSpan.FromMinutes(1),
        });
        Assert.Equal(PlatformCircuitState.Closed, checker.CircuitOf("disney-plus"));
        var failures = new List<string?>();
        for (var i = 0; i < 4; i++)
            failures.Add((await checker.CheckAsync("disney-plus", ["s1"])).Failure);
        Assert.Equal("http-503", failures[0]);
        Assert.Contains("circuit-open", failures);
        Assert.Equal(PlatformCircuitState.Open, checker.CircuitOf("disney-plus"));

        var requests = (await simulator.StatsAsync("disney-plus")).Requests;
        var started = Stopwatch.StartNew();
        Assert.Equal("circuit-open", (await checker.CheckAsync("disney-plus", ["s1"])).Failure);
        Assert.True(started.ElapsedMilliseconds < 100);
        Assert.Equal(requests, (await simulator.StatsAsync("disney-plus")).Requests);
    }

    [Fact]
    public async Task A_stalled_platform_times_out_per_attempt()
    {
        await simulator.SetFaultsAsync("prime-video", new SimulatorFaults(StallRate: 1, StallMs: 5000));
        using var checker = Checker("prime-video", new PlatformAdapterOptions
        {
            AttemptTimeout = TimeSpan.FromMilliseconds(200),
            MaxRetries = 1,
            RetryDelay = TimeSpan.FromMilliseconds(1),
            MinimumThroughput = 100,
        });
        var started = Stopwatch.StartNew();
        var result = await checker.CheckAsync("prime-video", ["s1"]);
        Assert.Equal("timeout", result.Failure);
        Assert.InRange(started.Elapsed.TotalSeconds, 0.35, 2.0);
        // The simulator counts a stall when the request reaches it; on a loaded machine the retry can arrive just
        // after the client has given up on it, so wait briefly for the count instead of reading it once.
        Assert.Equal(2, await StalledAsync("prime-video", expected: 2, TimeSpan.FromSeconds(2)));
    }

    private async Task<long> StalledAsync(string platform, long expected, TimeSpan wait)
    {
        var deadline = Stopwatch.StartNew();
        long stalled;
        while ((stalled = (await simulator.StatsAsync(platform)).Stalled) < expected && deadline.Elapsed < wait)
            await Task.Delay(20);
        return stalled;
    }

    [Fact]
    public async Task A_failed_attempt_makes_the_platform_not_answerable_now_until_the_window_passes()
    {
        using var checker = Checker("hulu", new PlatformAdapterOptions
        {
            MaxRetries = 0,
            MinimumThroughput = 100,
            RecentFailureWindow = TimeSpan.FromMilliseconds(500),
        });
        Assert.True(checker.CanAnswerNow("hulu"));
        Assert.True((await checker.CheckAsync("hulu", ["s1"])).Succeeded);
        Assert.True(checker.CanAnswerNow("hulu"));

        await simulator.SetFaultsAsync("hulu", new SimulatorFaults(ErrorRate: 1));
        Assert.Equal("http-503", (await checker.CheckAsync("hulu", ["s1"])).Failure);
        // The circuit is still closed (throughput 100 not reached), but a latency-bound caller must not ask now.
        Assert.Equal(PlatformCircuitState.Closed, checker.CircuitOf("hulu"));
        Assert.False(checker.CanAnswerNow("hulu"));

        await simulator.SetFaultsAsync("hulu", new SimulatorFaults());
        await Task.Delay(TimeSpan.FromMilliseconds(600));
        Assert.True(checker.CanAnswerNow("hulu"));
        Assert.False(checker.CanAnswerNow("netflix"));
    }

    [Fact]
    public async Task A_platform_without_a_free_token_cannot_answer_now()
    {
        using var checker = Checker("netflix", new PlatformAdapterOptions { RequestsPerSecond = 1, Burst = 1 });
        Assert.True(checker.CanAnswerNow("netflix"));
        Assert.True((await checker.CheckAsync("netflix", ["s1"])).Succeeded);
        Assert.False(checker.CanAnswerNow("netflix"));
    }

    [Fact]
    public async Task The_token_bucket_spaces_calls_to_the_configured_rate()
    {
        using var checker = Checker("netflix", new PlatformAdapterOptions { RequestsPerSecond = 4, Burst = 1 });
        var started = Stopwatch.StartNew();
        for (var i = 0; i < 5; i++)
            Assert.True((await checker.CheckAsync("netflix", ["s3"])).Succeeded);
        // 1 token at once, then 4 per second: the 5th call waits for the second replenishment.
        Assert.True(started.Elapsed >= TimeSpan.FromSeconds(0.9), $"5 calls at 4/s with burst 1 took {started.Elapsed}");
    }

    [Fact]
    public async Task An_unconfigured_or_unreachable_platform_is_a_failure_not_an_exception()
    {
        using var checker = new HttpPlatformAvailabilityChecker(new HttpClient(), new Dictionary<string, PlatformAdapterOptions>
        {
            ["hulu"] = new() { BaseUrl = "http://127.0.0.1:9/simulator/hulu", MaxRetries = 0 },
        }, TimeProvider.System);
        Assert.Equal("not-configured", (await checker.CheckAsync("netflix", ["s1"])).Failure);
        Assert.Equal(PlatformCircuitState.NotConfigured, checker.CircuitOf("netflix"));
        Assert.Equal("unreachable", (await checker.CheckAsync("hulu", ["s1"])).Failure);
    }

    [Fact]
    public async Task Control_endpoints_refuse_bad_input_with_problems()
    {
        var bad = await simulator.Control.PutAsJsonAsync("netflix/faults", new SimulatorFaults(ErrorRate: 2), PlatformSimulatorJsonContext.Default.SimulatorFaults);
        Assert.Equal(HttpStatusCode.BadRequest, bad.StatusCode);
        Assert.Equal("application/problem+json", bad.Content.Headers.ContentType?.MediaType);
        Assert.Equal(HttpStatusCode.NotFound, (await simulator.Control.GetAsync(new Uri("no-such-platform/stats", UriKind.Relative))).StatusCode);
    }

    private HttpPlatformAvailabilityChecker Checker(string platform, PlatformAdapterOptions options) =>
        new(new HttpClient(), new Dictionary<string, PlatformAdapterOptions> { [platform] = options with { BaseUrl = simulator.PlatformUrl(platform) } }, TimeProvider.System);
}
