using System.Text.Json.Nodes;

namespace MediaDiscovery.Aws.OpenSearch;

/// <summary>
/// The search pipeline that fuses a hybrid query's sub-query rankings by reciprocal rank fusion (OpenSearch 2.19+
/// <c>score-ranker-processor</c>): rank-based, so BM25 and cosine scores never need to be on one scale.
/// </summary>
public static class OpenSearchSearchPipeline
{
    public static JsonObject Build(int rankConstant = 60)
    {
        ArgumentOutOfRangeException.ThrowIfLessThan(rankConstant, 1);
        return new JsonObject
        {
            ["description"] = "Reciprocal rank fusion of the lexical and vector sub-queries of a hybrid title search",
            ["phase_results_processors"] = new JsonArray(new JsonObject
            {
                ["score-ranker-processor"] = new JsonObject
                {
                    ["combination"] = new JsonObject { ["technique"] = "rrf", ["rank_constant"] = rankConstant },
                },
            }),
        };
    }
}
