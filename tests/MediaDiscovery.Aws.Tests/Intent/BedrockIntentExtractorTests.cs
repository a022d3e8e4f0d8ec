using System.Diagnostics;
using System.Net;
using System.Text.Json;
using Amazon.Runtime;
using MediaDiscovery.Aws.Intent;
using MediaDiscovery.Core.Catalog;
using MediaDiscovery.Core.Catalog.Ingestion;
using MediaDiscovery.Core.Intent;
using MediaDiscovery.Core.Search;
using MediaDiscovery.Testing;

namespace MediaDiscovery.Aws.Tests.Intent;

public sealed class BedrockIntentExtractorTests
{
    private static readonly DateTimeOffset Now = new(2026, 6, 15, 12, 0, 0, TimeSpan.Zero);

    private static readonly IntentGazetteer Gazetteer = IntentGazetteer.Build(
        TitleTable.Build(
        [
            SampleTitles.Movie("The Matrix", 1999, ("netflix", "s1")) with { Cast = ["Keanu Reeves"], Directors = ["Lana Wachowski"] },
            SampleTitles.Movie("Cast Away", 2000, ("hulu", "s2")) with { Cast = ["Tom Hanks"], Countries = ["United States"] },
            SampleTitles.Series("The Office", 2005, ("prime-video", "s3")) with { Countries = ["United States"] },
            SampleTitles.Series("Squid Game", 2021, ("netflix", "s4")) with { Countries = ["South Korea"] },
        ], 1),
        CatalogTaxonomy.Default);

    // Recorded answers come back at once, but the first calls JIT-compile while the other test projects load the CPU:
    // the production budget (800 ms) is not what these tests are about. The timeout's own test sets its budget.
    private static readonly BedrockIntentOptions Options = new() { Timeout = TimeSpan.FromSeconds(30) };

    private static BedrockIntentExtractor Bedrock(RecordedBedrock transport, BedrockIntentOptions? options = null) =>
        new(new HttpClient(transport), options ?? Options, CatalogTaxonomy.Default, new FixedSource(Gazetteer), new FixedClock(Now));

    private static FallbackIntentExtractor WithFallback(RecordedBedrock transport, BedrockIntentOptions? options = null) =>
        new(Bedrock(transport, options), new RulesIntentExtractor(Gazetteer, new FixedClock(Now)));

    [Fact]
    public async Task Sends_a_Converse_request_forcing_the_intent_tool()
    {
        var transport = new RecordedBedrock("converse-tool-use.json");
        await Bedrock(transport).TryExtractAsync("90s sci-fi with keanu reeves");

        var request = transport.LastRequest!;
        Assert.Equal(HttpMethod.Post, request.Method);
        Assert.Equal("https://bedrock-runtime.us-east-1.amazonaws.com/model/anthropic.claude-3-5-haiku-20241022-v1%3A0/converse", request.RequestUri!.AbsoluteUri);
        Assert.Equal("application/json", request.Content!.Headers.ContentType!.MediaType);

        using var body = JsonDocument.Parse(transport.LastBody!);
        var root = body.RootElement;
        var message = Assert.Single(root.GetProperty("messages").EnumerateArray());
        Assert.Equal("user", message.GetProperty("role").GetString());
        Assert.Equal("90s sci-fi with keanu reeves", Assert.Single(message.GetProperty("content").EnumerateArray()).GetProperty("text").GetString());
        var system = Assert.Single(root.GetProperty("system").EnumerateArray()).GetProperty("text").GetString()!;
        Assert.All(CatalogTaxonomy.Default.Genres, g => Assert.Contains(g.Id, system, StringComparison.Ordinal));
        Assert.All(CatalogTaxonomy.Default.Platforms, p => Assert.Contains(p.Id, system, StringComparison.Ordinal));
        Assert.Equal(0, root.GetProperty("inferenceConfig").GetProperty("temperature").GetDouble());
        Assert.Equal(Options.MaxTokens, root.GetProperty("inferenceConfig").GetProperty("maxTokens").GetInt32());

        var toolConfig = root.GetProperty("toolConfig");
        var spec = Assert.Single(toolConfig.GetProperty("tools").EnumerateArray()).GetProperty("toolSpec");
        Assert.Equal(IntentTool.Name, spec.GetProperty("name").GetString());
        Assert.False(string.IsNullOrEmpty(spec.GetProperty("description").GetString()));
        var schema = spec.GetProperty("inputSchema").GetProperty("json");
        Assert.Equal("object", schema.GetProperty("type").GetString());
        var properties = schema.GetProperty("properties");
        foreach (var slot in new[] { "intent", "types", "genres", "excludeGenres", "platforms", "countries", "releaseYear", "runtimeMinutes", "maxMinAge", "people", "availableNow", "similarTo", "text" })
            Assert.True(properties.TryGetProperty(slot, out _), slot);
        Assert.Equal(39, properties.GetProperty("genres").GetProperty("items").GetProperty("enum").GetArrayLength());
        Assert.Equal(IntentTool.Name, toolConfig.GetProperty("toolChoice").GetProperty("tool").GetProperty("name").GetString());
    }

    [Fact]
    public async Task Reads_the_tool_input_into_an_intent_in_the_catalogs_spelling()
    {
        var result = await Bedrock(new RecordedBedrock("converse-tool-use.json")).TryExtractAsync("90s sci-fi with keanu reeves");
        var intent = Assert.IsType<SearchIntent>(result.Intent);
        var f = intent.Filters;
        Assert.Equal("bedrock", intent.Source);
        Assert.Equal(IntentKind.Search, intent.Intent);
        Assert.Equal([ContentType.Movie], f.Types);
        Assert.Equal(["science-fiction"], f.Genres);
        Assert.Equal(["horror"], f.ExcludeGenres);
        Assert.Equal(["netflix"], f.Platforms);
        Assert.Equal(["United States"], f.Countries);
        Assert.Equal(new IntRange(1990, 1999), f.ReleaseYear);
        Assert.Equal(new IntRange(null, 149), f.RuntimeMinutes);
        Assert.Equal(13, f.MaxMinAge);
        Assert.Equal([new PersonFilter("Keanu Reeves", PersonRole.Cast)], f.People);
        Assert.True(f.AvailableNow);
        Assert.Equal("hackers", intent.Text);
    }

    [Fact]
    public async Task Similar_titles_take_the_catalogs_spelling()
    {
        var result = await Bedrock(new RecordedBedrock("converse-similar.json")).TryExtractAsync("shows like the office");
        Assert.Equal(IntentKind.Similar, result.Intent!.Intent);
        Assert.Equal("The Office", result.Intent.SimilarTo);
        Assert.Equal([ContentType.Series], result.Intent.Filters.Types);
    }

    [Fact]
    public async Task Values_outside_the_vocabularies_are_dropped()
    {
        var intent = (await Bedrock(new RecordedBedrock("converse-out-of-vocabulary.json")).TryExtractAsync("anything")).Intent!;
        var f = intent.Filters;
        Assert.Equal(IntentKind.Search, intent.Intent);
        Assert.Equal([ContentType.Movie], f.Types);
        Assert.Equal(["horror"], f.Genres);
        Assert.Equal(["netflix"], f.Platforms);
        Assert.Equal(["South Korea"], f.Countries);
        Assert.True(f.ReleaseYear.IsAny);
        Assert.True(f.RuntimeMinutes.IsAny);
        Assert.Null(f.MaxMinAge);
        Assert.Equal([new PersonFilter("Tom Hanks", PersonRole.Any)], f.People);
        Assert.Null(intent.SimilarTo);
        Assert.False(f.AvailableNow);
        Assert.Equal("", intent.Text);
    }

    [Theory]
    [InlineData("converse-text-only.json", HttpStatusCode.OK, "no tool call")]
    [InlineData("converse-other-tool.json", HttpStatusCode.OK, "no tool call")]
    [InlineData("converse-invalid-json.json", HttpStatusCode.OK, "no tool call")]
    [InlineData("converse-throttled.json", HttpStatusCode.TooManyRequests, "status 429")]
    [InlineData("converse-internal-error.json", HttpStatusCode.InternalServerError, "status 500")]
    public async Task Unusable_answers_fall_back_to_the_rules(string fixture, HttpStatusCode status, string failure)
    {
        var result = await Bedrock(new RecordedBedrock(fixture, status)).TryExtractAsync("90s movies on netflix");
        Assert.Null(result.Intent);
        Assert.Equal(failure, result.Failure);

        var intent = await WithFallback(new RecordedBedrock(fixture, status)).ExtractAsync("90s movies on netflix");
        Assert.Equal("rules", intent.Source);
        Assert.Equal(["netflix"], intent.Filters.Platforms);
        Assert.Equal(new IntRange(1990, 1999), intent.Filters.ReleaseYear);
    }

    [Fact]
    public async Task A_slow_answer_is_abandoned_at_the_budget()
    {
        var options = Options with { Timeout = TimeSpan.FromMilliseconds(150) };
        var started = Stopwatch.StartNew();
        var intent = await WithFallback(new RecordedBedrock("converse-tool-use.json", delay: TimeSpan.FromSeconds(10)), options).ExtractAsync("comedies on hulu");
        Assert.True(started.Elapsed < TimeSpan.FromSeconds(3), $"{started.Elapsed.TotalMilliseconds} ms");
        Assert.Equal("rules", intent.Source);
        Assert.Equal(["hulu"], intent.Filters.Platforms);
    }

    [Fact]
    public async Task The_callers_cancellation_still_cancels()
    {
        using var cts = new CancellationTokenSource(TimeSpan.FromMilliseconds(50));
        var extractor = Bedrock(new RecordedBedrock("converse-tool-use.json", delay: TimeSpan.FromSeconds(10)), Options with { Timeout = TimeSpan.FromSeconds(30) });
        await Assert.ThrowsAnyAsync<OperationCanceledException>(() => extractor.TryExtractAsync("comedies", cts.Token));
    }

    [Fact]
    public async Task Unsupported_platforms_noted_by_the_rules_are_kept_with_a_bedrock_answer()
    {
        var intent = await WithFallback(new RecordedBedrock("converse-tool-use.json")).ExtractAsync("sci-fi on hbo max");
        Assert.Equal("bedrock", intent.Source);
        Assert.Equal(["HBO Max"], intent.Unsupported);
    }

    [Fact]
    public async Task Requests_are_signed_with_SigV4_for_bedrock()
    {
        var transport = new RecordedBedrock("converse-tool-use.json");
        // About signing, not latency: the first signed call (SDK start-up) can exceed the 800 ms budget on a busy CI box.
        var options = Options with { Timeout = TimeSpan.FromSeconds(30) };
        using var http = BedrockHttpClient.Create(options, new BasicAWSCredentials("AKIDEXAMPLE", "wJalrXUtnFEMI/K7MDENG+bPxRfiCYEXAMPLEKEY"), transport);
        var extractor = new BedrockIntentExtractor(http, options, CatalogTaxonomy.Default, new FixedSource(Gazetteer), new FixedClock(Now));
        Assert.NotNull((await extractor.TryExtractAsync("comedies")).Intent);

        var request = transport.LastRequest!;
        var authorization = request.Headers.GetValues("Authorization").Single();
        Assert.Matches("^AWS4-HMAC-SHA256 Credential=AKIDEXAMPLE/[0-9]{8}/us-east-1/bedrock/aws4_request, SignedHeaders=[a-z0-9;-]*host[a-z0-9;-]*x-amz-date, Signature=[0-9a-f]{64}$", authorization);
        var bodyHash = Convert.ToHexStringLower(System.Security.Cryptography.SHA256.HashData(System.Text.Encoding.UTF8.GetBytes(transport.LastBody!)));
        Assert.Equal(bodyHash, request.Headers.GetValues("X-Amz-Content-SHA256").Single());
        Assert.Matches("^[0-9]{8}T[0-9]{6}Z$", request.Headers.GetValues("X-Amz-Date").Single());
    }

    private sealed class FixedSource(IntentGazetteer gazetteer) : IIntentGazetteerSource
    {
        public ValueTask<IntentGazetteer> GetAsync(CancellationToken ct = default) => ValueTask.FromResult(gazetteer);
    }
}
