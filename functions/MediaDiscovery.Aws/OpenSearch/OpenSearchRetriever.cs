using System.Text.Json;
using MediaDiscovery.Core.Ports;
using MediaDiscovery.Core.Search;

namespace MediaDiscovery.Aws.OpenSearch;

/// <summary>
/// Hybrid retrieval in OpenSearch: one <c>hybrid</c> query (lexical + k-NN, hard filters inside both) through the
/// RRF search pipeline; an empty text browses the filtered titles by prior. OpenSearch failures surface as
/// <see cref="OpenSearchException"/>; an embedder failure degrades to the lexical sub-query alone.
/// </summary>
public sealed class OpenSearchRetriever(OpenSearchTransport transport, IEmbedder embedder) : IRetriever
{
    private readonly OpenSearchOptions options = transport.Options;

    public async Task<RetrievalResult> RetrieveAsync(RetrievalQuery query, CancellationToken ct = default)
    {
        ArgumentNullException.ThrowIfNull(query);
        if (string.IsNullOrWhiteSpace(query.Text))
            return await BrowseAsync(query, ct);
        var vector = await EmbedOrNullAsync(query.SemanticText ?? query.Text, ct);
        var body = OpenSearchQueries.Hybrid(query.Text, vector, query.Filters, query.Depth, options.UseHybridTopLevelFilter);
        var path = $"/{options.IndexName}/_search?search_pipeline={Uri.EscapeDataString(options.SearchPipeline)}";
        var response = await transport.SendAsync(HttpMethod.Post, path, body, OpenSearchJsonContext.Default.SearchResponse, ct);
        var fallback = vector is null ? MatchSource.Bm25 : MatchSource.Bm25 | MatchSource.Vector;
        var ranked = Hits(response).Select(h => new RetrievedTitle(h.Id, h.Score ?? 0, SourcesOf(h, fallback))).ToList();
        return new RetrievalResult(ranked, Total(response, ranked.Count));
    }

    public async Task<IReadOnlyList<RetrievedTitle>> NeighboursAsync(string titleId, SearchFilters filters, int k, CancellationToken ct = default)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(titleId);
        ArgumentNullException.ThrowIfNull(filters);
        var path = $"/{options.IndexName}/_doc/{Uri.EscapeDataString(titleId)}?_source_includes=embedding";
        var stored = await transport.SendAsync(HttpMethod.Get, path, null, "application/json", OpenSearchJsonContext.Default.GetDocumentResponse, ct, notFoundIsAnswer: true);
        if (!stored.Found || stored.Source?.Embedding is not { Length: > 0 } vector)
            return [];
        var body = OpenSearchQueries.Neighbours(vector, titleId, filters, k);
        var response = await transport.SendAsync(HttpMethod.Post, $"/{options.IndexName}/_search", body, OpenSearchJsonContext.Default.SearchResponse, ct);
        return Hits(response).Where(h => h.Id != titleId).Select(h => new RetrievedTitle(h.Id, h.Score ?? 0, MatchSource.Vector)).ToList();
    }

    private async Task<RetrievalResult> BrowseAsync(RetrievalQuery query, CancellationToken ct)
    {
        var body = OpenSearchQueries.Browse(query.Filters, query.Depth);
        var response = await transport.SendAsync(HttpMethod.Post, $"/{options.IndexName}/_search", body, OpenSearchJsonContext.Default.SearchResponse, ct);
        var ranked = Hits(response).Select(h => new RetrievedTitle(h.Id, PriorOf(h), MatchSource.Browse)).ToList();
        return new RetrievalResult(ranked, Total(response, ranked.Count));
    }

    private async Task<float[]?> EmbedOrNullAsync(string text, CancellationToken ct)
    {
        try
        {
            return await embedder.EmbedQueryAsync(text, ct);
        }
        catch (Exception) when (!ct.IsCancellationRequested)
        {
            // Lexical results alone are still useful: a model outage must not fail search.
            return null;
        }
    }

    private static IReadOnlyList<SearchHit> Hits(SearchResponse response) => response.Hits?.Hits ?? [];

    private static int Total(SearchResponse response, int count) =>
        (int)Math.Min(int.MaxValue, Math.Max(response.Hits?.Total?.Value ?? count, count));

    /// <summary>Named sub-queries when OpenSearch reports them; otherwise every sub-query that ran may have found it.</summary>
    private static MatchSource SourcesOf(SearchHit hit, MatchSource fallback)
    {
        if (hit.MatchedQueries is not { Count: > 0 } names)
            return fallback;
        var sources = MatchSource.None;
        foreach (var name in names)
        {
            sources |= name switch
            {
                OpenSearchQueries.LexicalQueryName => MatchSource.Bm25,
                OpenSearchQueries.VectorQueryName => MatchSource.Vector,
                _ => MatchSource.None,
            };
        }
        return sources == MatchSource.None ? fallback : sources;
    }

    private static double PriorOf(SearchHit hit) =>
        hit.Sort is { Count: > 0 } sort && sort[0].ValueKind == JsonValueKind.Number ? sort[0].GetDouble() : 0;
}
