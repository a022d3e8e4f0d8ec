using System.Net;
using System.Net.Http.Json;
using System.Text;
using System.Text.Json;
using MediaDiscovery.Core.Availability;
using MediaDiscovery.Core.Users;

namespace MediaDiscovery.LocalHost.Tests.Webhooks;

/// <summary>Signed webhooks end to end through the LocalHost: intake, queue, recording, and what searches see.</summary>
public sealed class WebhookIntakeTests : IAsyncLifetime
{
    private readonly WebhookHost host = new();
    private HttpClient client = null!;

    public async Task InitializeAsync() => client = await host.ReadyClientAsync();

    public async Task DisposeAsync() => await host.DisposeAsync();

    private async Task<JsonElement> SearchAsync(string query)
    {
        var response = await client.PostAsync(new Uri("/api/v1/search", UriKind.Relative),
            new StringContent($$"""{"query":"{{query}}"}""", Encoding.UTF8, "application/json"));
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        return await response.Content.ReadFromJsonAsync<JsonElement>();
    }

    private static JsonElement? Availability(JsonElement searchResponse, string title, string platform) =>
        searchResponse.GetProperty("results").EnumerateArray()
            .Where(r => r.GetProperty("title").GetString() == title)
            .SelectMany(r => r.GetProperty("availability").EnumerateArray())
            .Cast<JsonElement?>()
            .FirstOrDefault(a => a!.Value.GetProperty("platform").GetString() == platform);

    private async Task<JsonElement> AcceptedAsync(HttpRequestMessage request)
    {
        var response = await client.SendAsync(request);
        Assert.Equal(HttpStatusCode.Accepted, response.StatusCode);
        return await response.Content.ReadFromJsonAsync<JsonElement>();
    }

    [Fact]
    public async Task A_signed_removal_reaches_the_catalog_the_availability_api_search_and_the_change_log_once()
    {
        var title = await host.TitleAsync("Stranger Things");
        var externalId = title.Availability.Single(a => a.Platform == "netflix").ExternalId;
        var before = await SearchAsync("stranger things");
        Assert.True(Availability(before, "Stranger Things", "netflix")!.Value.GetProperty("available").GetBoolean());
        var cached = await SearchAsync("stranger things");
        var at = DateTimeOffset.UtcNow.AddDays(-1);
        await host.Users.AppendEventAsync(new UserEvent("u_watcher", "e1", title.Id, UserEventKind.WatchlistAdd, null, null, at));
        await host.Users.AppendEventAsync(new UserEvent("u_other", "e1", (await host.TitleAsync("Squid Game")).Id, UserEventKind.WatchlistAdd, null, null, at));
        Assert.True(cached.GetProperty("metadata").GetProperty("cacheHit").GetBoolean());

        var occurredAt = DateTimeOffset.UtcNow;
        var body = SignedWebhooks.Body(externalId, available: false, occurredAt);
        var signedAt = DateTimeOffset.UtcNow;
        var accepted = await AcceptedAsync(SignedWebhooks.Request("netflix", "msg_remove_1", body, signedAt));
        Assert.Equal("msg_remove_1", accepted.GetProperty("webhookId").GetString());
        Assert.Equal("queued", accepted.GetProperty("status").GetString());
        await host.DrainedAsync();

        var availability = await client.GetFromJsonAsync<JsonElement>(new Uri($"/api/v1/content/{title.Id}/availability", UriKind.Relative));
        var netflix = availability.GetProperty("availability").EnumerateArray().Single(a => a.GetProperty("platform").GetString() == "netflix");
        Assert.False(netflix.GetProperty("available").GetBoolean());

        // The cached answer said "available on Netflix": the first answer saying otherwise was computed afresh.
        var after = await EventuallyAsync(async () =>
        {
            var response = await SearchAsync("stranger things");
            return Availability(response, "Stranger Things", "netflix")!.Value.GetProperty("available").GetBoolean() ? null : (JsonElement?)response;
        });
        Assert.False(after.GetProperty("metadata").GetProperty("cacheHit").GetBoolean());

        var change = Assert.Single(await host.Changes.ListForTitleAsync(title.Id, 10));
        Assert.Equal((title.Id, "netflix", AvailabilityChangeKind.Removed, AvailabilitySource.Webhook), (change.TitleId, change.Platform, change.Kind, change.Source));
        Assert.Equal(occurredAt.UtcTicks, change.OccurredAt.UtcTicks);

        // The watcher is told; someone watching another title is not.
        var notification = await EventuallyAsync(async () => (await host.Users.ListNotificationsAsync("u_watcher", 10)).SingleOrDefault());
        Assert.Equal((title.Id, "netflix", "removed", "Stranger Things leaves Netflix"),
            (notification.TitleId, notification.Platform, notification.Kind, notification.Message));
        Assert.Empty(await host.Users.ListNotificationsAsync("u_other", 10));

        // The same delivery again: accepted as a duplicate, nothing changes.
        var version = (await host.Store.GetAsync(title.Id))!.Version;
        var replay = await AcceptedAsync(SignedWebhooks.Request("netflix", "msg_remove_1", body, signedAt));
        Assert.Equal("duplicate", replay.GetProperty("status").GetString());
        // The same event under a new id (a sender that lost its id) only confirms the state.
        await AcceptedAsync(SignedWebhooks.Request("netflix", "msg_remove_2", body));
        await host.DrainedAsync();
        Assert.Single(await host.Changes.ListForTitleAsync(title.Id, 10));
        Assert.Equal(version, (await host.Store.GetAsync(title.Id))!.Version);
        Assert.Equal(new(0, 0, 2), await host.Queue.CountsAsync());
        Assert.Equal([notification], await host.Users.ListNotificationsAsync("u_watcher", 10));
        Assert.Equal(0, host.ErrorLogs.Errors);
    }

    [Fact]
    public async Task An_older_event_delivered_late_does_not_undo_a_newer_one()
    {
        var title = await host.TitleAsync("Squid Game");
        var externalId = title.Availability.Single(a => a.Platform == "netflix").ExternalId;
        var now = DateTimeOffset.UtcNow;

        await AcceptedAsync(SignedWebhooks.Request("netflix", "msg_new", SignedWebhooks.Body(externalId, false, now.AddSeconds(2))));
        await AcceptedAsync(SignedWebhooks.Request("netflix", "msg_old", SignedWebhooks.Body(externalId, true, now.AddSeconds(1))));
        await host.DrainedAsync();

        var stored = (await host.Store.GetAsync(title.Id))!.Availability.Single(a => a.Platform == "netflix");
        Assert.False(stored.Available);
        Assert.Equal(now.AddSeconds(2).UtcTicks, stored.ChangedAt!.Value.UtcTicks);
        Assert.Single(await host.Changes.ListForTitleAsync(title.Id, 10));
    }

    [Fact]
    public async Task During_a_rotation_either_secret_is_accepted()
    {
        var hulu = (await host.TitleAsync("Seinfeld")).Availability.Single(a => a.Platform == "hulu").ExternalId;
        foreach (var (id, secret) in new[] { ("msg_old_key", SignedWebhooks.OtherSecret), ("msg_new_key", SignedWebhooks.Secret) })
        {
            await AcceptedAsync(SignedWebhooks.Request("hulu", id, SignedWebhooks.Body(hulu, true, DateTimeOffset.UtcNow), secret: secret));
        }
    }

    private static async Task<T> EventuallyAsync<T>(Func<Task<T?>> attempt)
        where T : class
    {
        var deadline = DateTime.UtcNow.AddSeconds(30);
        while (DateTime.UtcNow < deadline)
        {
            if (await attempt() is { } done)
                return done;
            await Task.Delay(100);
        }
        throw new TimeoutException("The change did not show within 30 s.");
    }

    private static async Task<JsonElement> EventuallyAsync(Func<Task<JsonElement?>> attempt)
    {
        var deadline = DateTime.UtcNow.AddSeconds(30);
        while (DateTime.UtcNow < deadline)
        {
            if (await attempt() is { } done)
                return done;
            await Task.Delay(100);
        }
        throw new TimeoutException("The change did not show within 30 s.");
    }
}
