using MediaDiscovery.Core.Indexing;
using MediaDiscovery.Core.Ports;
using MediaDiscovery.Core.Search;
using MediaDiscovery.Testing;

namespace MediaDiscovery.Core.Tests.Indexing;

public sealed class ContentIndexerTests
{
    private readonly InMemoryCatalogStore store = new();
    private readonly CountingEmbedder embedder = new();
    private readonly RecordingIndex index = new();

    private sealed class CountingEmbedder : IEmbedder
    {
        public int Calls { get; private set; }
        public bool Fail { get; set; }
        public string ModelId => "test-embedder";
        public int Dimensions => 2;

        public Task<float[]> EmbedAsync(string text, CancellationToken ct = default) => Task.FromResult(new[] { 1f, 0f });

        public Task<IReadOnlyList<float[]>> EmbedBatchAsync(IReadOnlyList<string> texts, CancellationToken ct = default)
        {
            if (Fail)
                throw new HttpRequestException("throttled");
            Calls += texts.Count;
            return Task.FromResult<IReadOnlyList<float[]>>(texts.Select(_ => new[] { 1f, 0f }).ToList());
        }
    }

    private sealed class RecordingIndex : ISearchIndexWriter
    {
        public Dictionary<string, IndexedTitle> Documents { get; } = [];
        public HashSet<string> Reject { get; } = [];

        public Task<IReadOnlyDictionary<string, string>> GetEmbeddingHashesAsync(IReadOnlyList<string> titleIds, CancellationToken ct = default) =>
            Task.FromResult<IReadOnlyDictionary<string, string>>(titleIds.Where(Documents.ContainsKey).ToDictionary(id => id, id => Documents[id].EmbeddingHash));

        public Task<IReadOnlyDictionary<string, string>> IndexAsync(IReadOnlyList<IndexedTitle> titles, CancellationToken ct = default)
        {
            var failed = new Dictionary<string, string>();
            foreach (var t in titles)
            {
                if (Reject.Contains(t.Title.Id))
                    failed[t.Title.Id] = "mapper_parsing_exception";
                else
                    Documents[t.Title.Id] = t;
            }
            return Task.FromResult<IReadOnlyDictionary<string, string>>(failed);
        }
    }

    private async Task<Core.Catalog.Title[]> SeedAsync()
    {
        Core.Catalog.Title[] titles = [SampleTitles.Movie("Up", 2009, ("disney-plus", "s1")), SampleTitles.Movie("Frozen", 2013, ("disney-plus", "s2"))];
        await store.PutAsync(titles.Select(t => new TitleWrite(t, 0)).ToList());
        return titles;
    }

    [Fact]
    public async Task Indexes_and_embeds_new_titles()
    {
        var titles = await SeedAsync();
        var indexer = new ContentIndexer(store, embedder, index);
        var outcome = await indexer.IndexAsync(titles.Select(t => t.Id).ToList());
        Assert.Equal((2, 2, 0), (outcome.Indexed, outcome.Embedded, outcome.Reused));
        Assert.Empty(outcome.Failed);
        Assert.All(index.Documents.Values, d => Assert.Equal(indexer.HashOf(d.Title), d.EmbeddingHash));
    }

    [Fact]
    public async Task Unchanged_titles_are_not_embedded_again()
    {
        var titles = await SeedAsync();
        var indexer = new ContentIndexer(store, embedder, index);
        await indexer.IndexAsync(titles.Select(t => t.Id).ToList());
        var outcome = await indexer.IndexAsync(titles.Select(t => t.Id).ToList());
        Assert.Equal((2, 0, 2), (outcome.Indexed, outcome.Embedded, outcome.Reused));
        Assert.Equal(2, embedder.Calls);
    }

    [Fact]
    public async Task Another_model_or_text_recipe_embeds_again()
    {
        var titles = await SeedAsync();
        await new ContentIndexer(store, embedder, index).IndexAsync(titles.Select(t => t.Id).ToList());

        var recipe = await new ContentIndexer(store, embedder, index, EmbeddingText.NameAndDescription).IndexAsync(titles.Select(t => t.Id).ToList());

        Assert.Equal((2, 0), (recipe.Embedded, recipe.Reused));
        Assert.Equal(4, embedder.Calls);
    }

    [Fact]
    public async Task One_bad_record_fails_alone()
    {
        var titles = await SeedAsync();
        index.Reject.Add(titles[0].Id);
        var outcome = await new ContentIndexer(store, embedder, index).IndexAsync([titles[0].Id, titles[1].Id, "t_ffffffffffffffff", "garbage"]);
        Assert.Equal(1, outcome.Indexed);
        Assert.Equal(new[] { titles[0].Id, "t_ffffffffffffffff", "garbage" }.Order(), outcome.Failed.Keys.Order());
    }

    [Fact]
    public async Task An_embedding_outage_fails_the_titles_it_could_not_embed()
    {
        var titles = await SeedAsync();
        embedder.Fail = true;
        var outcome = await new ContentIndexer(store, embedder, index).IndexAsync(titles.Select(t => t.Id).ToList());
        Assert.Equal(2, outcome.Failed.Count);
        Assert.Contains("throttled", outcome.Failed.Values.First(), StringComparison.Ordinal);
        Assert.Empty(index.Documents);
    }
}
