using MediaDiscovery.Core.Catalog;
using MediaDiscovery.Core.Indexing;
using MediaDiscovery.Core.Ports;
using MediaDiscovery.Testing;
using Microsoft.Extensions.Logging.Abstractions;

namespace MediaDiscovery.Functions.Embeddings.Tests;

public sealed class SqsContentChangeHandlerTests
{
    private static readonly Title Heat = SampleTitles.Movie("Heat", 1995, ("netflix", "s1"));
    private static readonly Title Dark = SampleTitles.Series("Dark", 2017, ("netflix", "s2"));
    private static readonly Title Us = SampleTitles.Movie("Us", 2019, ("prime-video", "s3"));

    private readonly InMemoryCatalogStore store = new();
    private readonly CountingEmbedder embedder = new();
    private readonly InMemorySearchIndexWriter index = new();

    [Fact]
    public async Task A_batch_that_all_succeeds_reports_no_failures()
    {
        var handler = await HandlerAsync();

        var response = await handler.HandleAsync(SqsEvents.Of(
            SqsEvents.Message("m1", SqsEvents.ChangeBody(Heat.Id, ContentChangeKind.TitleAdded)),
            SqsEvents.Message("m2", SqsEvents.ChangeBody(Dark.Id))));

        Assert.Empty(response.BatchItemFailures);
        Assert.NotNull(index.Stored(Heat.Id)?.Vector);
        Assert.NotNull(index.Stored(Dark.Id)?.Vector);
        Assert.Equal(2, embedder.Embedded.Count);
    }

    [Fact]
    public async Task Only_the_messages_of_an_unknown_title_a_malformed_body_and_an_index_item_error_fail()
    {
        var handler = await HandlerAsync();
        index.Rejected.Add(Us.Id);
        var unknown = TitleIds.For("Never Made", ContentType.Movie, 1999);

        var response = await handler.HandleAsync(SqsEvents.Of(
            SqsEvents.Message("ok-1", SqsEvents.ChangeBody(Heat.Id)),
            SqsEvents.Message("unknown", SqsEvents.ChangeBody(unknown)),
            SqsEvents.Message("malformed", "Test message."),
            SqsEvents.Message("no-title", """{"kind":"TitleUpdated","at":"2026-11-22T10:00:00+00:00","source":"x"}"""),
            SqsEvents.Message("rejected", SqsEvents.ChangeBody(Us.Id)),
            SqsEvents.Message("ok-2", SqsEvents.ChangeBody(Dark.Id))));

        Assert.Equal(["unknown", "malformed", "no-title", "rejected"], response.BatchItemFailures.Select(f => f.ItemIdentifier));
        Assert.NotNull(index.Stored(Heat.Id));
        Assert.NotNull(index.Stored(Dark.Id));
    }

    [Fact]
    public async Task Every_message_of_a_failed_title_is_reported()
    {
        var handler = await HandlerAsync();
        index.Rejected.Add(Heat.Id);

        var response = await handler.HandleAsync(SqsEvents.Of(
            SqsEvents.Message("m1", SqsEvents.ChangeBody(Heat.Id)),
            SqsEvents.Message("m2", SqsEvents.ChangeBody(Heat.Id, ContentChangeKind.AvailabilityAdded))));

        Assert.Equal(["m1", "m2"], response.BatchItemFailures.Select(f => f.ItemIdentifier));
    }

    [Fact]
    public async Task Several_changes_of_one_title_embed_and_index_it_once()
    {
        var handler = await HandlerAsync();

        var response = await handler.HandleAsync(SqsEvents.Of(
            SqsEvents.Message("m1", SqsEvents.ChangeBody(Heat.Id, ContentChangeKind.TitleUpdated)),
            SqsEvents.Message("m2", SqsEvents.ChangeBody(Heat.Id, ContentChangeKind.AvailabilityAdded)),
            SqsEvents.Message("m3", SqsEvents.ChangeBody(Heat.Id, ContentChangeKind.AvailabilityRemoved))));

        Assert.Empty(response.BatchItemFailures);
        Assert.Single(embedder.Embedded);
        Assert.Single(index.Writes);
    }

    [Fact]
    public async Task An_unchanged_title_is_indexed_again_without_being_embedded_again()
    {
        var handler = await HandlerAsync();
        await handler.HandleAsync(SqsEvents.Of(SqsEvents.Message("m1", SqsEvents.ChangeBody(Heat.Id))));
        var stored = index.Stored(Heat.Id)!.Vector;

        var response = await handler.HandleAsync(SqsEvents.Of(SqsEvents.Message("m2", SqsEvents.ChangeBody(Heat.Id, ContentChangeKind.AvailabilityRemoved))));

        Assert.Empty(response.BatchItemFailures);
        Assert.Single(embedder.Embedded);
        Assert.Null(index.Writes[^1].Vector);
        Assert.Same(stored, index.Stored(Heat.Id)!.Vector);
    }

    [Fact]
    public async Task A_changed_text_is_embedded_again()
    {
        var handler = await HandlerAsync();
        await handler.HandleAsync(SqsEvents.Of(SqsEvents.Message("m1", SqsEvents.ChangeBody(Heat.Id))));
        await store.PutAsync([new TitleWrite(Heat with { Version = 1, Description = "A new synopsis." }, 1)]);

        await handler.HandleAsync(SqsEvents.Of(SqsEvents.Message("m2", SqsEvents.ChangeBody(Heat.Id))));

        Assert.Equal(2, embedder.Embedded.Count);
        Assert.Contains("A new synopsis.", embedder.Embedded[^1], StringComparison.Ordinal);
    }

    [Fact]
    public async Task When_indexing_cannot_run_every_parsed_message_fails_and_nothing_throws()
    {
        var handler = new SqsContentChangeHandler(new ContentIndexer(store, embedder, new UnreachableIndex()), NullLogger<SqsContentChangeHandler>.Instance);
        await SeedAsync();

        var response = await handler.HandleAsync(SqsEvents.Of(
            SqsEvents.Message("m1", SqsEvents.ChangeBody(Heat.Id)),
            SqsEvents.Message("m2", "not json")));

        Assert.Equal(["m1", "m2"], response.BatchItemFailures.Select(f => f.ItemIdentifier));
    }

    [Fact]
    public async Task An_empty_batch_touches_nothing()
    {
        var handler = await HandlerAsync();

        Assert.Empty((await handler.HandleAsync(SqsEvents.Of())).BatchItemFailures);
        Assert.Empty(index.Writes);
    }

    private async Task<SqsContentChangeHandler> HandlerAsync()
    {
        await SeedAsync();
        return new SqsContentChangeHandler(new ContentIndexer(store, embedder, index), NullLogger<SqsContentChangeHandler>.Instance);
    }

    private async Task SeedAsync() =>
        await store.PutAsync([new TitleWrite(Heat, 0), new TitleWrite(Dark, 0), new TitleWrite(Us, 0)]);

    /// <summary>An index whose hash lookup fails, like OpenSearch being unreachable.</summary>
    private sealed class UnreachableIndex : ISearchIndexWriter
    {
        public Task<IReadOnlyDictionary<string, string>> GetEmbeddingHashesAsync(IReadOnlyList<string> titleIds, CancellationToken ct = default) =>
            Task.FromException<IReadOnlyDictionary<string, string>>(new HttpRequestException("unreachable"));

        public Task<IReadOnlyDictionary<string, string>> IndexAsync(IReadOnlyList<IndexedTitle> titles, CancellationToken ct = default) =>
            Task.FromException<IReadOnlyDictionary<string, string>>(new HttpRequestException("unreachable"));
    }
}
