using System.Net;
using System.Text.Json.Nodes;
using MediaDiscovery.Aws.Http;
using MediaDiscovery.Aws.OpenSearch;
using MediaDiscovery.Aws.Tests.Fixtures;
using MediaDiscovery.Aws.Tests.Http;
using MediaDiscovery.Core.Catalog;
using MediaDiscovery.Core.Search;

namespace MediaDiscovery.Aws.Tests.OpenSearch;

/// <summary>Request bodies against fixtures written from OpenSearch's DSL documentation; parsing against its documented responses.</summary>
public sealed class OpenSearchRetrieverTests
{
    private static readonly float[] Vector = [0.6f, 0.8f, 0f];

    private static readonly OpenSearchOptions Options = new()
    {
        Endpoint = new Uri("https://search-titles.eu-west-1.es.amazonaws.com"),
        Region = "eu-west-1",
        Dimensions = 3,
        Retry = new HttpRetryOptions { MaxRetries = 2, FirstDelay = TimeSpan.FromMilliseconds(1), MaxDelay = TimeSpan.FromMilliseconds(5) },
    };

    private static readonly SearchFilters NinetiesKeanuSciFi = new()
    {
        Types = [ContentType.Movie],
        Genres = ["science-fiction", "adventure"],
        ExcludeGenres = ["horror"],
        Platforms = ["netflix", "hulu"],
        ReleaseYear = new IntRange(1990, 1999),
        MaxMinAge = 13,
        People = [new PersonFilter("Keanu Reeves", PersonRole.Cast)],
    };

    [Fact]
    public async Task A_text_search_is_one_hybrid_query_through_the_pipeline_with_the_filters_inside_both_sub_queries()
    {
        var endpoint = new CapturingHandler(CapturingHandler.Json(Fixture.Read("OpenSearch/search-response.json")));

        await Retriever(endpoint).RetrieveAsync(new RetrievalQuery("space adventure", NinetiesKeanuSciFi, 50));

        var sent = Assert.Single(endpoint.Requests);
        Assert.Equal(HttpMethod.Post, sent.Method);
        Assert.Equal("/titles/_search?search_pipeline=titles-rrf", sent.Uri.PathAndQuery);
        JsonAssert.Equal(Fixture.Read("OpenSearch/hybrid-query-2.19.json"), sent.Body);
    }

    [Fact]
    public async Task With_the_3_0_option_the_filters_go_once_in_the_hybrid_top_level_filter()
    {
        var endpoint = new CapturingHandler(CapturingHandler.Json(Fixture.Read("OpenSearch/search-response.json")));

        await Retriever(endpoint, Options with { UseHybridTopLevelFilter = true }).RetrieveAsync(new RetrievalQuery("space adventure", NinetiesKeanuSciFi, 50));

        JsonAssert.Equal(Fixture.Read("OpenSearch/hybrid-query-3.0.json"), Assert.Single(endpoint.Requests).Body);
    }

    [Fact]
    public async Task Hits_scores_total_and_sources_are_read_from_the_response()
    {
        var endpoint = new CapturingHandler(CapturingHandler.Json(Fixture.Read("OpenSearch/search-response.json")));

        var result = await Retriever(endpoint).RetrieveAsync(new RetrievalQuery("space adventure", SearchFilters.None, 50));

        Assert.Equal(57, result.TotalMatches);
        Assert.Equal(["t_00000000000000a1", "t_00000000000000a2", "t_00000000000000a3"], result.Ranked.Select(r => r.TitleId));
        Assert.Equal(0.032786883, result.Ranked[0].Score, 6);
        Assert.Equal(MatchSource.Bm25 | MatchSource.Vector, result.Ranked[0].MatchedBy);
        Assert.Equal(MatchSource.Vector, result.Ranked[1].MatchedBy);
        // Not reported: either sub-query may have found it.
        Assert.Equal(MatchSource.Bm25 | MatchSource.Vector, result.Ranked[2].MatchedBy);
    }

    [Fact]
    public async Task Without_filters_the_sub_queries_carry_none()
    {
        var endpoint = new CapturingHandler(CapturingHandler.Json(Fixture.Read("OpenSearch/search-response.json")));

        await Retriever(endpoint).RetrieveAsync(new RetrievalQuery("space adventure", SearchFilters.None, 10));

        var queries = JsonNode.Parse(Assert.Single(endpoint.Requests).Body)!["query"]!["hybrid"]!["queries"]!.AsArray();
        Assert.Null(queries[0]!["bool"]!["filter"]);
        Assert.Null(queries[1]!["knn"]!["embedding"]!["filter"]);
    }

    [Fact]
    public async Task When_the_embedder_fails_the_search_degrades_to_the_lexical_sub_query()
    {
        var endpoint = new CapturingHandler(CapturingHandler.Json(Fixture.Read("OpenSearch/search-response.json")));
        var retriever = new OpenSearchRetriever(new OpenSearchTransport(new HttpClient(endpoint), Options), new FixedEmbedder(null));

        var result = await retriever.RetrieveAsync(new RetrievalQuery("space adventure", SearchFilters.None, 10));

        var queries = JsonNode.Parse(Assert.Single(endpoint.Requests).Body)!["query"]!["hybrid"]!["queries"]!.AsArray();
        Assert.Single(queries);
        Assert.NotNull(queries[0]!["bool"]);
        Assert.Equal(MatchSource.Bm25, result.Ranked[2].MatchedBy);
    }

    [Fact]
    public async Task Empty_text_browses_the_filtered_titles_by_prior_without_the_pipeline()
    {
        var endpoint = new CapturingHandler(CapturingHandler.Json(Fixture.Read("OpenSearch/browse-response.json")));
        var filters = new SearchFilters
        {
            AvailableNow = true,
            Countries = ["South Korea"],
            RuntimeMinutes = new IntRange(null, 100),
            People = [new PersonFilter("Bong Joon-ho", PersonRole.Any)],
        };

        var result = await Retriever(endpoint).RetrieveAsync(new RetrievalQuery("  ", filters, 20));

        var sent = Assert.Single(endpoint.Requests);
        Assert.Equal("/titles/_search", sent.Uri.PathAndQuery);
        JsonAssert.Equal(Fixture.Read("OpenSearch/browse-query.json"), sent.Body);
        Assert.Equal(2, result.TotalMatches);
        Assert.Equal(["t_00000000000000b1", "t_00000000000000b2"], result.Ranked.Select(r => r.TitleId));
        Assert.Equal(0.99, result.Ranked[0].Score, 6);
        Assert.All(result.Ranked, r => Assert.Equal(MatchSource.Browse, r.MatchedBy));
    }

    [Fact]
    public async Task An_error_response_is_a_typed_exception_with_opensearchs_reason()
    {
        var endpoint = new CapturingHandler(CapturingHandler.Json(Fixture.Read("OpenSearch/search-phase-error-response.json"), HttpStatusCode.BadRequest));

        var error = await Assert.ThrowsAsync<OpenSearchException>(() => Retriever(endpoint).RetrieveAsync(new RetrievalQuery("x", SearchFilters.None, 10)));

        Assert.Single(endpoint.Requests);
        Assert.Equal(HttpStatusCode.BadRequest, error.StatusCode);
        Assert.Equal("search_phase_execution_exception", error.ErrorType);
        Assert.Contains("all shards failed (failed to create query: [knn] queries cannot be provided directly", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_missing_pipeline_is_reported_as_such()
    {
        var endpoint = new CapturingHandler(CapturingHandler.Json(Fixture.Read("OpenSearch/search-error-response.json"), HttpStatusCode.BadRequest));

        var error = await Assert.ThrowsAsync<OpenSearchException>(() => Retriever(endpoint).RetrieveAsync(new RetrievalQuery("x", SearchFilters.None, 10)));

        Assert.Equal("illegal_argument_exception", error.ErrorType);
        Assert.Contains("pipeline with id [titles-rrf] does not exist", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Server_errors_are_retried_and_an_unreachable_cluster_is_a_typed_exception()
    {
        var flaky = new CapturingHandler(
            CapturingHandler.Json("""{"message":"Service Unavailable"}""", HttpStatusCode.ServiceUnavailable),
            CapturingHandler.Json(Fixture.Read("OpenSearch/search-response.json")));
        var result = await Retriever(flaky).RetrieveAsync(new RetrievalQuery("x", SearchFilters.None, 10));
        Assert.Equal(2, flaky.Requests.Count);
        Assert.Equal(3, result.Ranked.Count);

        var down = new CapturingHandler(_ => throw new HttpRequestException("Connection refused"));
        var error = await Assert.ThrowsAsync<OpenSearchException>(() => Retriever(down).RetrieveAsync(new RetrievalQuery("x", SearchFilters.None, 10)));
        Assert.Equal(3, down.Requests.Count);
        Assert.Null(error.StatusCode);
        Assert.Contains("could not be reached", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Neighbours_fetch_the_titles_stored_vector_then_search_near_it_excluding_it()
    {
        var endpoint = new CapturingHandler(
            CapturingHandler.Json(Fixture.Read("OpenSearch/get-document-response.json")),
            CapturingHandler.Json(Fixture.Read("OpenSearch/search-response.json")));

        var neighbours = await Retriever(endpoint).NeighboursAsync("t_00000000000000aa", new SearchFilters { Types = [ContentType.Series] }, 5);

        Assert.Equal(2, endpoint.Requests.Count);
        Assert.Equal(HttpMethod.Get, endpoint.Requests[0].Method);
        Assert.Equal("/titles/_doc/t_00000000000000aa?_source_includes=embedding", endpoint.Requests[0].Uri.PathAndQuery);
        Assert.Equal("/titles/_search", endpoint.Requests[1].Uri.PathAndQuery);
        JsonAssert.Equal(Fixture.Read("OpenSearch/neighbours-query.json"), endpoint.Requests[1].Body);
        Assert.Equal(3, neighbours.Count);
        Assert.All(neighbours, n => Assert.Equal(MatchSource.Vector, n.MatchedBy));
    }

    [Fact]
    public async Task A_title_that_is_not_indexed_has_no_neighbours()
    {
        var endpoint = new CapturingHandler(CapturingHandler.Json(Fixture.Read("OpenSearch/get-document-missing.json"), HttpStatusCode.NotFound));

        Assert.Empty(await Retriever(endpoint).NeighboursAsync("t_00000000000000aa", SearchFilters.None, 5));
        Assert.Single(endpoint.Requests);
    }

    private static OpenSearchRetriever Retriever(CapturingHandler endpoint, OpenSearchOptions? options = null) =>
        new(new OpenSearchTransport(new HttpClient(endpoint), options ?? Options), new FixedEmbedder(Vector));
}
