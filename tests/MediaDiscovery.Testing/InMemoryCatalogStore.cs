using System.Runtime.CompilerServices;
using MediaDiscovery.Core.Catalog;
using MediaDiscovery.Core.Ports;

namespace MediaDiscovery.Testing;

/// <summary>A store for tests of the layers above the store; it passes the same contract as the real ones.</summary>
public sealed class InMemoryCatalogStore : ICatalogStore
{
    private readonly Lock gate = new();
    private readonly Dictionary<string, Title> titles = new(StringComparer.Ordinal);
    private readonly Dictionary<string, string> metadata = new(StringComparer.Ordinal);

    public int WriteCount { get; private set; }

    public Task<Title?> GetAsync(string id, CancellationToken ct = default)
    {
        lock (gate)
            return Task.FromResult(titles.GetValueOrDefault(id));
    }

    public Task<Title?> FindByExternalIdAsync(string externalId, CancellationToken ct = default)
    {
        lock (gate)
            return Task.FromResult(titles.Values.FirstOrDefault(t => t.Availability.Any(a => a.ExternalId == externalId)));
    }

    public Task<IReadOnlyList<Title>> ListByPlatformAsync(string platform, CancellationToken ct = default)
    {
        lock (gate)
            return Task.FromResult<IReadOnlyList<Title>>(titles.Values.Where(t => t.Availability.Any(a => a.Platform == platform)).ToList());
    }

    public async IAsyncEnumerable<Title> ListAllAsync([EnumeratorCancellation] CancellationToken ct = default)
    {
        List<Title> snapshot;
        lock (gate)
            snapshot = titles.Values.OrderBy(t => t.Id, StringComparer.Ordinal).ToList();
        foreach (var t in snapshot)
        {
            await Task.Yield();
            yield return t;
        }
    }

    public Task<IReadOnlyList<WriteOutcome>> PutAsync(IReadOnlyList<TitleWrite> writes, CancellationToken ct = default)
    {
        var outcomes = new List<WriteOutcome>();
        lock (gate)
        {
            foreach (var (title, expected) in writes)
            {
                var current = titles.GetValueOrDefault(title.Id)?.Version ?? 0;
                if (current != expected)
                {
                    outcomes.Add(new WriteOutcome(title.Id, WriteStatus.Conflict, current));
                    continue;
                }
                titles[title.Id] = title with { Version = expected + 1 };
                WriteCount++;
                outcomes.Add(new WriteOutcome(title.Id, WriteStatus.Written, expected + 1));
            }
        }
        return Task.FromResult<IReadOnlyList<WriteOutcome>>(outcomes);
    }

    public Task<CatalogCounts> GetCountsAsync(CancellationToken ct = default)
    {
        lock (gate)
        {
            var available = titles.Values.Where(t => t.Availability.Any(a => a.Available)).ToList();
            var byGenre = available.SelectMany(t => t.Genres).GroupBy(g => g).ToDictionary(g => g.Key, g => g.Count());
            var byPlatform = available.SelectMany(t => t.Availability.Where(a => a.Available).Select(a => a.Platform).Distinct())
                .GroupBy(p => p).ToDictionary(g => g.Key, g => g.Count());
            return Task.FromResult(new CatalogCounts(available.Count, byGenre, byPlatform));
        }
    }

    public Task<string?> GetMetadataAsync(string key, CancellationToken ct = default)
    {
        lock (gate)
            return Task.FromResult(metadata.GetValueOrDefault(key));
    }

    public Task SetMetadataAsync(string key, string value, CancellationToken ct = default)
    {
        lock (gate)
            metadata[key] = value;
        return Task.CompletedTask;
    }
}
