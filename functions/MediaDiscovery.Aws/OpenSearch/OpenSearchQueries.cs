using System.Text.Json.Nodes;
using MediaDiscovery.Core.Search;

namespace MediaDiscovery.Aws.OpenSearch;

/// <summary>
/// The search request bodies. A text search is ONE <c>hybrid</c> query with a lexical and a vector sub-query,
/// fused by the RRF search pipeline; the hard filters restrict both sub-queries, so each ranks only titles that pass
/// (filtering after fusion would let filtered-out titles take rank slots and starve the k-NN side).
/// </summary>
/// <remarks>
/// OpenSearch 3.0 added a top-level hybrid <c>filter</c> that it applies to every sub-query: one copy of the filter
/// in the request and the engine guarantees both sides agree. It is the preferred form, but 2.19 (still the newest
/// Amazon OpenSearch Service line on many accounts) rejects it, so by default the filter is repeated inside each
/// sub-query: in the lexical <c>bool</c>, and in the <c>knn</c> query's <c>filter</c> parameter, which the lucene
/// and faiss engines apply during the graph search (efficient filtering, k results when k titles pass).
/// <see cref="OpenSearchOptions.UseHybridTopLevelFilter"/> switches to the 3.0 form. See ADR 0005.
/// </remarks>
public static class OpenSearchQueries
{
    public const string LexicalQueryName = "bm25";
    public const string VectorQueryName = "vector";

    /// <param name="vector">The query embedding; null = lexical only (the embedder failed: degrade, don't fail).</param>
    public static JsonObject Hybrid(string text, float[]? vector, SearchFilters filters, int depth, bool topLevelFilter)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(text);
        ArgumentOutOfRangeException.ThrowIfNegativeOrZero(depth);
        var filter = OpenSearchFilters.Build(filters);
        var inside = topLevelFilter ? null : filters;
        var queries = new JsonArray(Lexical(text, inside));
        if (vector is not null)
            queries.Add((JsonNode)Knn(vector, depth, topLevelFilter ? null : filter)); // the node overload: Add<T> is not AOT-safe
        var hybrid = new JsonObject { ["queries"] = queries };
        if (topLevelFilter && filter is not null)
            hybrid["filter"] = filter;
        return new JsonObject
        {
            ["size"] = depth,
            ["track_total_hits"] = true,
            ["_source"] = false,
            ["query"] = new JsonObject { ["hybrid"] = hybrid },
        };
    }

    /// <summary>No text: every title that passes the filters, best prior first (then newest, then id for stability).</summary>
    public static JsonObject Browse(SearchFilters filters, int depth)
    {
        ArgumentOutOfRangeException.ThrowIfNegativeOrZero(depth);
        return new JsonObject
        {
            ["size"] = depth,
            ["track_total_hits"] = true,
            ["_source"] = false,
            ["query"] = OpenSearchFilters.Build(filters) ?? new JsonObject { ["match_all"] = new JsonObject() },
            ["sort"] = new JsonArray(
                new JsonObject { ["prior"] = new JsonObject { ["order"] = "desc" } },
                new JsonObject { ["releaseYear"] = new JsonObject { ["order"] = "desc", ["missing"] = "_last" } },
                new JsonObject { ["titleId"] = new JsonObject { ["order"] = "asc" } }),
        };
    }

    /// <summary>The k titles nearest to a vector, the title itself excluded, filtered during the graph search.</summary>
    public static JsonObject Neighbours(float[] vector, string excludeTitleId, SearchFilters filters, int k)
    {
        ArgumentOutOfRangeException.ThrowIfNegativeOrZero(k);
        var (filter, mustNot) = OpenSearchFilters.Clauses(filters);
        mustNot.Add(new JsonObject { ["ids"] = new JsonObject { ["values"] = new JsonArray(excludeTitleId) } });
        var boolean = new JsonObject { ["must_not"] = new JsonArray([.. mustNot]) };
        if (filter.Count > 0)
            boolean["filter"] = new JsonArray([.. filter]);
        return new JsonObject
        {
            ["size"] = k,
            ["_source"] = false,
            ["query"] = Knn(vector, k, new JsonObject { ["bool"] = boolean }),
        };
    }

    /// <summary>Field matches (best field wins, others add a little) and a typo-tolerant title match.</summary>
    private static JsonObject Lexical(string text, SearchFilters? filters)
    {
        var boolean = new JsonObject
        {
            ["should"] = new JsonArray(
                new JsonObject
                {
                    ["multi_match"] = new JsonObject
                    {
                        ["query"] = text,
                        ["type"] = "best_fields",
                        ["fields"] = new JsonArray("title^10", "description^2", "people", "genres"),
                        ["tie_breaker"] = 0.3,
                    },
                },
                new JsonObject
                {
                    ["match"] = new JsonObject
                    {
                        ["title"] = new JsonObject { ["query"] = text, ["fuzziness"] = "AUTO", ["prefix_length"] = 1, ["boost"] = 3 },
                    },
                },
                new JsonObject
                {
                    // Most trigrams must match, or every title sharing "the" would rank.
                    ["match"] = new JsonObject { ["title.trigram"] = new JsonObject { ["query"] = text, ["minimum_should_match"] = "60%" } },
                }),
            ["minimum_should_match"] = 1,
            ["_name"] = LexicalQueryName,
        };
        if (filters is not null)
        {
            var (filter, mustNot) = OpenSearchFilters.Clauses(filters);
            if (filter.Count > 0)
                boolean["filter"] = new JsonArray([.. filter]);
            if (mustNot.Count > 0)
                boolean["must_not"] = new JsonArray([.. mustNot]);
        }
        return new JsonObject { ["bool"] = boolean };
    }

    private static JsonObject Knn(float[] vector, int k, JsonObject? filter)
    {
        var field = new JsonObject
        {
            ["vector"] = new JsonArray(vector.Select(x => (JsonNode?)JsonValue.Create(x)).ToArray()),
            ["k"] = k,
        };
        if (filter is not null)
            field["filter"] = filter;
        field["_name"] = VectorQueryName;
        return new JsonObject { ["knn"] = new JsonObject { ["embedding"] = field } };
    }
}
