using System.Threading.Channels;
using MediaDiscovery.Core.Catalog;
using MediaDiscovery.Core.Ports;

namespace MediaDiscovery.Embedded.Changes;

/// <summary>
/// The embedded stand-in for SQS: a bounded in-process channel of content changes. When it is full,
/// publishing waits for consumers (back-pressure, never loss); consumers read from <see cref="Reader"/>.
/// </summary>
public sealed class InProcessContentChangeQueue : IContentChangePublisher
{
    public const int DefaultCapacity = 10_000;

    private readonly Channel<ContentChange> _channel;

    public InProcessContentChangeQueue(int capacity = DefaultCapacity)
    {
        ArgumentOutOfRangeException.ThrowIfNegativeOrZero(capacity);
        _channel = Channel.CreateBounded<ContentChange>(new BoundedChannelOptions(capacity)
        {
            FullMode = BoundedChannelFullMode.Wait,
            SingleReader = false,
            SingleWriter = false,
        });
    }

    public ChannelReader<ContentChange> Reader => _channel.Reader;

    /// <summary>Writes the changes in order; waits while the queue is full. Fails once the queue is completed.</summary>
    public async Task PublishAsync(IReadOnlyList<ContentChange> changes, CancellationToken ct = default)
    {
        ArgumentNullException.ThrowIfNull(changes);
        foreach (var change in changes)
            await _channel.Writer.WriteAsync(change, ct);
    }

    /// <summary>No more changes (shutdown): readers drain what is queued, then their loops end.</summary>
    public void Complete() => _channel.Writer.TryComplete();
}
