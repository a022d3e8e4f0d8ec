using MediaDiscovery.Core.Catalog;
using MediaDiscovery.Embedded.Changes;

namespace MediaDiscovery.Embedded.Tests.Changes;

public sealed class InProcessContentChangeQueueTests
{
    private static readonly TimeSpan Patience = TimeSpan.FromSeconds(10);

    [Fact]
    public async Task Consumers_read_published_changes_in_order()
    {
        var queue = new InProcessContentChangeQueue();
        await queue.PublishAsync([Change("t_1"), Change("t_2"), Change("t_3")]);

        var read = new List<string>();
        for (var i = 0; i < 3; i++)
            read.Add((await queue.Reader.ReadAsync()).TitleId);
        Assert.Equal(["t_1", "t_2", "t_3"], read);
    }

    [Fact]
    public async Task Publishing_to_a_full_queue_waits_for_a_consumer_and_loses_nothing()
    {
        var queue = new InProcessContentChangeQueue(capacity: 2);
        var publish = queue.PublishAsync([Change("t_1"), Change("t_2"), Change("t_3"), Change("t_4")]);
        await Task.Delay(50);
        Assert.False(publish.IsCompleted);

        var read = new List<string>();
        while (read.Count < 4)
            read.Add((await queue.Reader.ReadAsync().AsTask().WaitAsync(Patience)).TitleId);
        await publish.WaitAsync(Patience);
        Assert.Equal(["t_1", "t_2", "t_3", "t_4"], read);
    }

    [Fact]
    public async Task A_waiting_publish_can_be_cancelled()
    {
        var queue = new InProcessContentChangeQueue(capacity: 1);
        await queue.PublishAsync([Change("t_1")]);
        using var cancel = new CancellationTokenSource(TimeSpan.FromMilliseconds(50));
        await Assert.ThrowsAnyAsync<OperationCanceledException>(() => queue.PublishAsync([Change("t_2")], cancel.Token));
    }

    [Fact]
    public async Task Several_publishers_and_consumers_share_the_queue()
    {
        var queue = new InProcessContentChangeQueue(capacity: 8);
        var publishers = Enumerable.Range(0, 4).Select(p => Task.Run(() =>
            queue.PublishAsync(Enumerable.Range(0, 100).Select(i => Change($"t_{p}_{i}")).ToList())));
        var consumed = new System.Collections.Concurrent.ConcurrentBag<string>();
        var consumers = Enumerable.Range(0, 3).Select(_ => Task.Run(async () =>
        {
            await foreach (var change in queue.Reader.ReadAllAsync())
                consumed.Add(change.TitleId);
        })).ToList();

        await Task.WhenAll(publishers).WaitAsync(Patience);
        queue.Complete();
        await Task.WhenAll(consumers).WaitAsync(Patience);
        Assert.Equal(400, consumed.Distinct().Count());
    }

    [Fact]
    public async Task Completing_lets_consumers_drain_then_stop()
    {
        var queue = new InProcessContentChangeQueue();
        await queue.PublishAsync([Change("t_1")]);
        queue.Complete();

        var read = new List<string>();
        using var patience = new CancellationTokenSource(Patience);
        await foreach (var change in queue.Reader.ReadAllAsync().WithCancellation(patience.Token))
            read.Add(change.TitleId);
        Assert.Equal(["t_1"], read);
    }

    [Fact]
    public void Capacity_must_be_positive() =>
        Assert.Throws<ArgumentOutOfRangeException>(() => new InProcessContentChangeQueue(capacity: 0));

    private static ContentChange Change(string titleId) =>
        new(titleId, ContentChangeKind.TitleUpdated, "netflix", DateTimeOffset.UnixEpoch, "test");
}
