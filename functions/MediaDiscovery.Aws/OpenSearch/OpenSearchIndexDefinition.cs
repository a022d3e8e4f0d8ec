using System.Text.Json.Nodes;

namespace MediaDiscovery.Aws.OpenSearch;

/// <summary>
/// The titles index: settings (k-NN on, analysers) and mappings. Titles are analysed three ways: folded words
/// (BM25 and fuzzy matching), character trigrams (typos that fuzziness misses, e.g. split or joined words) and edge
/// n-grams (prefixes for completion). The embedding is an HNSW <c>knn_vector</c> with cosine similarity.
/// </summary>
public static class OpenSearchIndexDefinition
{
    public static JsonObject Build(int dimensions, string engine = "lucene") => new()
    {
        ["settings"] = Settings(),
        ["mappings"] = Mappings(dimensions, engine),
    };

    private static JsonObject Settings() => new()
    {
        ["index"] = new JsonObject { ["knn"] = true, ["number_of_shards"] = 1 },
        ["analysis"] = new JsonObject
        {
            ["filter"] = new JsonObject
            {
                ["title_trigrams"] = new JsonObject { ["type"] = "ngram", ["min_gram"] = 3, ["max_gram"] = 3 },
                ["title_prefixes"] = new JsonObject { ["type"] = "edge_ngram", ["min_gram"] = 1, ["max_gram"] = 20 },
                ["english_possessive"] = new JsonObject { ["type"] = "stemmer", ["language"] = "possessive_english" },
                ["english_stemmer"] = new JsonObject { ["type"] = "stemmer", ["language"] = "english" },
            },
            ["analyzer"] = new JsonObject
            {
                ["folded"] = Analyzer("standard", "lowercase", "asciifolding"),
                ["folded_english"] = Analyzer("standard", "lowercase", "asciifolding", "english_possessive", "english_stemmer"),
                ["title_trigram"] = Analyzer("standard", "lowercase", "asciifolding", "title_trigrams"),
                ["title_prefix"] = Analyzer("standard", "lowercase", "asciifolding", "title_prefixes"),
            },
            ["normalizer"] = new JsonObject
            {
                ["folded_keyword"] = new JsonObject { ["type"] = "custom", ["filter"] = new JsonArray("lowercase", "asciifolding") },
            },
        },
    };

    private static JsonObject Mappings(int dimensions, string engine)
    {
        ArgumentOutOfRangeException.ThrowIfNegativeOrZero(dimensions);
        return new JsonObject
        {
            ["dynamic"] = "strict",
            ["properties"] = new JsonObject
            {
                ["titleId"] = Keyword(),
                ["title"] = new JsonObject
                {
                    ["type"] = "text",
                    ["analyzer"] = "folded",
                    ["fields"] = new JsonObject
                    {
                        ["trigram"] = new JsonObject { ["type"] = "text", ["analyzer"] = "title_trigram" },
                        ["prefix"] = new JsonObject { ["type"] = "text", ["analyzer"] = "title_prefix", ["search_analyzer"] = "folded" },
                        ["keyword"] = new JsonObject { ["type"] = "keyword", ["normalizer"] = "folded_keyword" },
                    },
                },
                ["description"] = new JsonObject { ["type"] = "text", ["analyzer"] = "folded_english" },
                ["people"] = new JsonObject { ["type"] = "text", ["analyzer"] = "folded" },
                ["castNames"] = Keyword(),
                ["directorNames"] = Keyword(),
                ["genres"] = Keyword(),
                ["type"] = Keyword(),
                ["platforms"] = Keyword(),
                ["availablePlatforms"] = Keyword(),
                ["countries"] = new JsonObject { ["type"] = "keyword", ["normalizer"] = "folded_keyword" },
                ["releaseYear"] = Integer(),
                ["runtimeMinutes"] = Integer(),
                ["minAge"] = Integer(),
                ["prior"] = new JsonObject { ["type"] = "float" },
                // Read back by id only (to skip re-embedding), never searched.
                ["embeddingHash"] = new JsonObject { ["type"] = "keyword", ["index"] = false },
                ["embeddingModel"] = new JsonObject { ["type"] = "keyword", ["index"] = false },
                ["embedding"] = new JsonObject
                {
                    ["type"] = "knn_vector",
                    ["dimension"] = dimensions,
                    ["method"] = new JsonObject
                    {
                        ["name"] = "hnsw",
                        ["engine"] = engine,
                        ["space_type"] = "cosinesimil",
                        ["parameters"] = new JsonObject { ["m"] = 16, ["ef_construction"] = 128 },
                    },
                },
            },
        };
    }

    private static JsonObject Analyzer(string tokenizer, params string[] filters) => new()
    {
        ["type"] = "custom",
        ["tokenizer"] = tokenizer,
        ["filter"] = new JsonArray(filters.Select(f => (JsonNode?)JsonValue.Create(f)).ToArray()),
    };

    private static JsonObject Keyword() => new() { ["type"] = "keyword" };

    private static JsonObject Integer() => new() { ["type"] = "integer" };
}
