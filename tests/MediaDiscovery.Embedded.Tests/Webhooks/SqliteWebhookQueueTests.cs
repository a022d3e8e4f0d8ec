using MediaDiscovery.Core.Webhooks;
using MediaDiscovery.Embedded.Webhooks;
using MediaDiscovery.Testing;
using Microsoft.Data.Sqlite;

namespace MediaDiscovery.Embedded.Tests.Webhooks;

public sealed class SqliteWebhookQueueTests : IDisposable
{
    private readonly TempDirectory directory = new();
    private readonly WebhookQueueOptions options = new()
    {
        MaxAttempts = 3,
        FirstRetryDelay = TimeSpan.FromSeconds(10),
        MaxRetryDelay = TimeSpan.FromSeconds(15),
        Lease = TimeSpan.FromMinutes(1),
    };

    private DateTimeOffset now = new(2026, 11, 22, 10, 0, 0, TimeSpan.Zero);

    private Task<SqliteWebhookQueue> OpenAsync() =>
        SqliteWebhookQueue.OpenAsync(directory.File("webhooks.db"), options, new FixedClock(() => now));

    private WebhookMessage Message(string id, bool available = false) => new(
        id, new AvailabilityChangedWebhook("netflix", "s1", available, now.AddMinutes(-1), new Uri("https://example.com/s1"), "rent", "US"), now);

    public void Dispose()
    {
        SqliteConnection.ClearAllPools();
        directory.Dispose();
    }

    [Fact]
    public async Task A_message_round_trips_and_its_id_is_refused_again_even_after_it_was_acknowledged()
    {
        using var queue = await OpenAsync();
        var message = Message("msg_1");

        Assert.Equal(EnqueueOutcome.Queued, await queue.EnqueueAsync(message));
        Assert.Equal(EnqueueOutcome.Duplicate, await queue.EnqueueAsync(message with { Event = message.Event with { Available = true } }));
        var taken = Assert.Single(await queue.TakeAsync(10));
        Assert.Equal((message, 1), (taken.Message, taken.Attempts));
        await queue.AcknowledgeAsync(["msg_1"]);

        Assert.Equal(EnqueueOutcome.Duplicate, await queue.EnqueueAsync(message));
        Assert.Equal(new WebhookQueueCounts(0, 0, 1), await queue.CountsAsync());
    }

    [Fact]
    public async Task Messages_are_taken_oldest_first_in_batches()
    {
        using var queue = await OpenAsync();
        foreach (var i in Enumerable.Range(0, 5))
            await queue.EnqueueAsync(Message($"msg_{i}"));

        var first = await queue.TakeAsync(3);
        var second = await queue.TakeAsync(3);

        Assert.Equal(["msg_0", "msg_1", "msg_2"], first.Select(m => m.Message.WebhookId));
        Assert.Equal(["msg_3", "msg_4"], second.Select(m => m.Message.WebhookId));
        Assert.Empty(await queue.TakeAsync(3));
    }

    [Fact]
    public async Task An_unacknowledged_message_survives_a_restart_and_is_delivered_again_when_its_lease_ends()
    {
        using (var queue = await OpenAsync())
        {
            await queue.EnqueueAsync(Message("msg_1"));
            Assert.Single(await queue.TakeAsync(10));
        }
        SqliteConnection.ClearAllPools();

        using var reopened = await OpenAsync();
        Assert.Empty(await reopened.TakeAsync(10));
        Assert.Equal(now + options.Lease, await reopened.NextVisibleAtAsync());
        now += options.Lease;
        var again = Assert.Single(await reopened.TakeAsync(10));
        Assert.Equal(("msg_1", 2), (again.Message.WebhookId, again.Attempts));
        Assert.Equal(EnqueueOutcome.Duplicate, await reopened.EnqueueAsync(Message("msg_1")));
    }

    [Fact]
    public async Task A_failing_message_backs_off_doubling_then_moves_to_the_dead_letters()
    {
        using var queue = await OpenAsync();
        await queue.EnqueueAsync(Message("msg_poison"));

        var first = Assert.Single(await queue.TakeAsync(10));
        Assert.False(await queue.FailAsync(first, "boom 1"));
        Assert.Empty(await queue.TakeAsync(10));
        now += TimeSpan.FromSeconds(10);
        var second = Assert.Single(await queue.TakeAsync(10));
        Assert.False(await queue.FailAsync(second, "boom 2"));
        now += TimeSpan.FromSeconds(14);
        Assert.Empty(await queue.TakeAsync(10));
        now += TimeSpan.FromSeconds(1);
        var third = Assert.Single(await queue.TakeAsync(10));
        Assert.Equal(3, third.Attempts);
        Assert.True(await queue.FailAsync(third, "boom 3"));

        Assert.Equal(new WebhookQueueCounts(0, 1, 1), await queue.CountsAsync());
        var letter = Assert.Single(await queue.ListDeadLettersAsync(10));
        Assert.Equal(("msg_poison", 3, "boom 3"), (letter.WebhookId, letter.Attempts, letter.LastError));
        Assert.Contains("\"showId\":\"s1\"", letter.Body, StringComparison.Ordinal);
        Assert.Null(await queue.NextVisibleAtAsync());
        Assert.Equal(EnqueueOutcome.Duplicate, await queue.EnqueueAsync(Message("msg_poison")));
    }

    [Fact]
    public async Task Concurrent_enqueues_of_the_same_ids_queue_each_once()
    {
        using var queue = await OpenAsync();
        var ids = Enumerable.Range(0, 50).Select(i => $"msg_{i % 25}").ToList();

        var outcomes = await Task.WhenAll(ids.Select(id => Task.Run(() => queue.EnqueueAsync(Message(id)))));

        Assert.Equal(25, outcomes.Count(o => o == EnqueueOutcome.Queued));
        Assert.Equal(25, (await queue.TakeAsync(100)).Count);
    }

    [Fact]
    public async Task Remembered_ids_are_forgotten_after_the_retention()
    {
        using var queue = await OpenAsync();
        await queue.EnqueueAsync(Message("msg_1"));
        await queue.AcknowledgeAsync([(await queue.TakeAsync(1))[0].Message.WebhookId]);

        now += options.DedupRetention + TimeSpan.FromHours(2);
        await queue.TakeAsync(1);

        Assert.Equal(0, (await queue.CountsAsync()).Seen);
        Assert.Equal(EnqueueOutcome.Queued, await queue.EnqueueAsync(Message("msg_1")));
    }
}
