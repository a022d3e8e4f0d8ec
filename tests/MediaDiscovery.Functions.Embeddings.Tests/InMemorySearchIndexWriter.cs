using MediaDiscovery.Core.Ports;

namespace MediaDiscovery.Functions.Embeddings.Tests;

/// <summary>An index that keeps documents in memory like OpenSearch would (a null vector keeps the stored one), and can refuse chosen titles like an item error.</summary>
internal sealed class InMemorySearchIndexWriter : ISearchIndexWriter
{
    private readonly Lock gate = new();
    private readonly Dictionary<string, IndexedTitle> documents = new(StringComparer.Ordinal);
    private readonly List<IndexedTitle> writes = [];

    /// <summary>Titles whose writes fail as a bulk item error would.</summary>
    public HashSet<string> Rejected { get; } = new(StringComparer.Ordinal);

    /// <summary>Every title written, in order.</summary>
    public IReadOnlyList<IndexedTitle> Writes
    {
        get
        {
            lock (gate)
                return writes.ToList();
        }
    }

    public IndexedTitle? Stored(string titleId)
    {
        lock (gate)
            return documents.GetValueOrDefault(titleId);
    }

    public Task<IReadOnlyDictionary<string, string>> GetEmbeddingHashesAsync(IReadOnlyList<string> titleIds, CancellationToken ct = default)
    {
        lock (gate)
        {
            IReadOnlyDictionary<string, string> hashes = titleIds
                .Where(documents.ContainsKey)
                .Distinct(StringComparer.Ordinal)
                .ToDictionary(id => id, id => documents[id].EmbeddingHash, StringComparer.Ordinal);
            return Task.FromResult(hashes);
        }
    }

    public Task<IReadOnlyDictionary<string, string>> IndexAsync(IReadOnlyList<IndexedTitle> titles, CancellationToken ct = default)
    {
        var failed = new Dictionary<string, string>(StringComparer.Ordinal);
        lock (gate)
        {
            foreach (var title in titles)
            {
                writes.Add(title);
                if (Rejected.Contains(title.Title.Id))
                    failed[title.Title.Id] = "index failed with 400 mapper_parsing_exception: rejected";
                else
                    documents[title.Title.Id] = title.Vector is null && documents.TryGetValue(title.Title.Id, out var stored) ? title with { Vector = stored.Vector } : title;
            }
        }
        return Task.FromResult<IReadOnlyDictionary<string, string>>(failed);
    }
}
