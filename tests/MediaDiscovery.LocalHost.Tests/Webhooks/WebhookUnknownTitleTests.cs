using System.Net;
using MediaDiscovery.Core.Ports;
using Microsoft.Extensions.DependencyInjection;

namespace MediaDiscovery.LocalHost.Tests.Webhooks;

/// <summary>A webhook naming a title the catalog does not know: a catalog refresh is asked for, the event is retried
/// and, still unknown after the configured attempts, kept in the dead letters rather than dropped.</summary>
public sealed class WebhookUnknownTitleTests
{
    [Fact]
    public async Task An_unknown_external_id_asks_for_a_refresh_and_ends_in_the_dead_letters_after_its_attempts()
    {
        var refresh = new RecordingRefresh();
        await using var host = new WebhookHost(
            services => services.AddSingleton<ICatalogRefreshRequester>(refresh),
            new Dictionary<string, string>
            {
                ["Webhooks:Queue:MaxAttempts"] = "3",
                ["Webhooks:Queue:FirstRetryDelay"] = "00:00:00.050",
            });
        var client = await host.ReadyClientAsync();

        var response = await client.SendAsync(SignedWebhooks.Request("netflix", "msg_unknown", SignedWebhooks.Body("netflix:s999999", true, DateTimeOffset.UtcNow)));
        Assert.Equal(HttpStatusCode.Accepted, response.StatusCode);
        await host.DrainedAsync();

        Assert.Equal(new(0, 1, 1), await host.Queue.CountsAsync());
        var letter = Assert.Single(await host.Queue.ListDeadLettersAsync(10));
        Assert.Equal(("msg_unknown", 3), (letter.WebhookId, letter.Attempts));
        Assert.Contains("netflix:s999999", letter.LastError, StringComparison.Ordinal);
        Assert.Equal(3, refresh.Requests.Count);
        Assert.All(refresh.Requests, r => Assert.Equal("netflix", r));
    }

    private sealed class RecordingRefresh : ICatalogRefreshRequester
    {
        public List<string> Requests { get; } = [];

        public Task RequestAsync(string platform, string reason, CancellationToken ct = default)
        {
            lock (Requests)
                Requests.Add(platform);
            return Task.CompletedTask;
        }
    }
}
