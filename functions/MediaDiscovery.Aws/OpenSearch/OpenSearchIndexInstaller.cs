namespace MediaDiscovery.Aws.OpenSearch;

/// <summary>Creates the titles index and the RRF search pipeline (idempotent: safe on every deployment or cold start).</summary>
public sealed class OpenSearchIndexInstaller(OpenSearchTransport transport)
{
    private readonly OpenSearchOptions options = transport.Options;

    public async Task EnsureAsync(CancellationToken ct = default)
    {
        await transport.SendAsync(
            HttpMethod.Put,
            $"/_search/pipeline/{Uri.EscapeDataString(options.SearchPipeline)}",
            OpenSearchSearchPipeline.Build(options.RankConstant),
            ct);
        // An existing index keeps its mapping: a changed mapping (e.g. new dimensions) needs a new index name.
        await transport.SendAsync(
            HttpMethod.Put,
            $"/{options.IndexName}",
            OpenSearchIndexDefinition.Build(options.Dimensions, options.KnnEngine),
            ct,
            "resource_already_exists_exception");
    }
}
