using MediaDiscovery.Aws.Http;
using MediaDiscovery.Aws.Signing;

namespace MediaDiscovery.Aws.OpenSearch;

/// <summary>Where the titles index lives in OpenSearch and how it is queried.</summary>
public sealed record OpenSearchOptions
{
    /// <summary>
    /// The domain or collection endpoint, e.g. <c>https://search-titles-abc.eu-west-1.es.amazonaws.com</c>. Required;
    /// not a C# <c>required</c> member, so the configuration binder's source generator (Native AOT) can create these
    /// options: a missing one fails the transport's construction instead.
    /// </summary>
    public Uri? Endpoint { get; set; }

    public string Region { get; set; } = "us-east-1";

    /// <summary><c>es</c> for a managed domain, <c>aoss</c> for OpenSearch Serverless.</summary>
    public string SigningService { get; set; } = AwsSigningScope.OpenSearchService;

    public string IndexName { get; set; } = "titles";

    public string SearchPipeline { get; set; } = "titles-rrf";

    /// <summary>
    /// The embedding size (Titan v2: 256, 512 or 1024; arctic-embed-xs: 384). The functions set it from their embedder
    /// (<see cref="FollowingEmbedder"/>): the index must hold what the embedder makes.
    /// </summary>
    public int Dimensions { get; set; } = 1024;

    /// <summary>
    /// These options with the embedder's dimension; a dimension configured explicitly (<paramref name="configured"/>)
    /// that differs fails loudly, since documents and queries would not fit the index.
    /// </summary>
    public OpenSearchOptions FollowingEmbedder(int embedderDimensions, string embedderModel, int? configured)
    {
        if (configured is { } dimensions && dimensions != embedderDimensions)
            throw new InvalidOperationException(
                $"OpenSearch:Dimensions is {dimensions} but the embedder {embedderModel} makes {embedderDimensions}-dimension vectors: remove the setting or make them equal (a new dimension needs a new OpenSearch:IndexName).");
        return this with { Dimensions = embedderDimensions };
    }

    /// <summary><c>lucene</c> (efficient filtering, good below a few million vectors) or <c>faiss</c>.</summary>
    public string KnnEngine { get; set; } = "lucene";

    /// <summary>RRF's k: each sub-query contributes 1 / (k + rank).</summary>
    public int RankConstant { get; set; } = 60;

    /// <summary>
    /// Send the hard filters once as the hybrid query's top-level <c>filter</c> (OpenSearch 3.0+) instead of inside
    /// each sub-query (2.19). See docs/decisions/0005-opensearch-hybrid.md.
    /// </summary>
    public bool UseHybridTopLevelFilter { get; set; }

    public HttpRetryOptions Retry { get; set; } = HttpRetryOptions.Default;

    /// <summary>Rounds of resending bulk items that OpenSearch rejected with 429 (its write queue was full).</summary>
    public int BulkItemRetries { get; set; } = 5;
}
