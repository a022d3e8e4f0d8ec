using MediaDiscovery.Core.Catalog;
using MediaDiscovery.Core.Ports;

namespace MediaDiscovery.Testing;

/// <summary>Remembers every published change.</summary>
public sealed class CapturingPublisher : IContentChangePublisher
{
    private readonly List<ContentChange> published = [];

    public IReadOnlyList<ContentChange> Published
    {
        get
        {
            lock (published)
                return published.ToList();
        }
    }

    public Task PublishAsync(IReadOnlyList<ContentChange> changes, CancellationToken ct = default)
    {
        lock (published)
            published.AddRange(changes);
        return Task.CompletedTask;
    }

    public void Clear()
    {
        lock (published)
            published.Clear();
    }
}
