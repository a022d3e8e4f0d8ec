using System.Numerics.Tensors;
using System.Text.Json;
using MediaDiscovery.Encoders;

namespace MediaDiscovery.Encoders.Tests;

public sealed class OnnxSentenceEncoderTests(SharedEncoder shared) : IClassFixture<SharedEncoder>
{
    private readonly OnnxSentenceEncoder encoder = shared.Encoder;

    /// <summary>
    /// Vectors made by the package's own wrapper (its tokenizer and pooling, not ours; see Fixtures/): the same texts
    /// through this encoder must point the same way. A wrong pooling, casing or token type fails it.
    /// </summary>
    [Fact]
    public async Task Matches_the_reference_vectors_of_the_packages_own_encoder()
    {
        using var file = JsonDocument.Parse(File.ReadAllText(Path.Combine(AppContext.BaseDirectory, "Fixtures", "arctic-xs-reference.json")));
        var rows = file.RootElement.GetProperty("rows").EnumerateArray().ToList();
        Assert.True(rows.Count >= 5);
        foreach (var row in rows)
        {
            var expected = row.GetProperty("vector").EnumerateArray().Select(v => v.GetSingle()).ToArray();
            var actual = await encoder.EmbedAsync(row.GetProperty("text").GetString()!);
            var cosine = TensorPrimitives.CosineSimilarity(expected, actual);
            Assert.True(cosine >= 0.999, $"cosine {cosine:0.0000} for '{row.GetProperty("text").GetString()}'");
        }
    }

    [Fact]
    public async Task The_same_text_gives_the_same_vector_alone_and_in_a_batch_of_other_lengths()
    {
        const string text = "A timid clownfish crosses the ocean to bring his son home.";
        var first = await encoder.EmbedAsync(text);
        var again = await encoder.EmbedAsync(text);
        var batch = await encoder.EmbedBatchAsync(["short", text, string.Join(' ', Enumerable.Repeat("a much longer text about the sea", 20))]);
        Assert.Equal(first, again);
        Assert.True(TensorPrimitives.CosineSimilarity(first, batch[1]) >= 0.9999f);
        Assert.Equal(ArcticEmbedXs.Dimensions, first.Length);
        Assert.Equal(1.0, Math.Sqrt(TensorPrimitives.SumOfSquares<float>(first)), 3);
    }

    [Fact]
    public async Task A_query_is_embedded_with_the_instruction_and_finds_its_document_first()
    {
        string[] documents =
        [
            "Finding Nemo. After his son is captured in the Great Barrier Reef, a timid clownfish sets out on a journey to bring him home.",
            "Jaws. A giant great white shark terrorises a beach town, and the police chief hunts it with a scientist and a fisherman.",
            "The Office. A mockumentary about the everyday lives of office employees at a paper company in Scranton.",
        ];
        var vectors = await encoder.EmbedBatchAsync(documents);
        var query = await encoder.EmbedQueryAsync("the one where a clownfish dad crosses the ocean");
        var bare = await encoder.EmbedAsync("the one where a clownfish dad crosses the ocean");
        var cosines = vectors.Select(v => TensorPrimitives.CosineSimilarity(query, v)).ToArray();
        Assert.Equal(0, Array.IndexOf(cosines, cosines.Max()));
        Assert.True(TensorPrimitives.CosineSimilarity(query, bare) < 0.99f, "the query instruction changed nothing");
    }

    public static TheoryData<string> HostileTexts() => new()
    {
        "",
        "   \t\n ",
        "\0\u0001\u0002\u001b[31m\u007f",
        "😀🎬🍿👨‍👩‍👧‍👦",
        "שלום עולם مرحبا بالعالم",
        "千と千尋の神隠し 기생충",
        "lone " + (char)0xD800 + " high and " + (char)0xDC00 + " low surrogates " + (char)0xD83D,
        new string('x', 100_000),
        string.Join(' ', Enumerable.Repeat("word", 100_000 / 5)),
    };

    [Theory]
    [MemberData(nameof(HostileTexts))]
    public async Task Any_string_encodes_without_an_exception_to_a_finite_vector(string text)
    {
        var document = await encoder.EmbedAsync(text);
        var query = await encoder.EmbedQueryAsync(text);
        foreach (var vector in new[] { document, query })
        {
            Assert.Equal(ArcticEmbedXs.Dimensions, vector.Length);
            Assert.All(vector, v => Assert.True(float.IsFinite(v)));
        }
    }

    /// <summary>Built here rather than in theory data, which may not carry a lone surrogate through intact.</summary>
    [Fact]
    public async Task Lone_surrogates_encode()
    {
        var text = "lone " + (char)0xD800 + " high " + (char)0xDC00 + " low " + (char)0xD83D;
        Assert.Equal(ArcticEmbedXs.Dimensions, (await encoder.EmbedAsync(text)).Length);
        Assert.Equal(ArcticEmbedXs.Dimensions, (await encoder.EmbedQueryAsync(text)).Length);
    }

    [Fact]
    public async Task Blank_text_is_no_vector()
    {
        Assert.All(await encoder.EmbedAsync("  \n"), v => Assert.Equal(0f, v));
        Assert.All(await encoder.EmbedQueryAsync(""), v => Assert.Equal(0f, v));
    }

    [Fact]
    public void Long_text_is_truncated_at_the_models_token_limit()
    {
        var tokens = encoder.Tokenize(string.Join(' ', Enumerable.Repeat("ocean", 5_000)));
        Assert.Equal(ArcticEmbedXs.MaxPositions, tokens.Length);
        Assert.Equal(101, tokens[0]); // [CLS]
        Assert.Equal(102, tokens[^1]); // [SEP]
    }

    [Fact]
    public async Task Concurrent_callers_share_one_session()
    {
        const string text = "korean thrillers on netflix";
        var expected = await encoder.EmbedQueryAsync(text);
        var results = await Task.WhenAll(Enumerable.Range(0, 16).Select(_ => Task.Run(() => encoder.EmbedQueryAsync(text))));
        Assert.All(results, r => Assert.Equal(expected, r));
    }

    [Fact]
    public void A_wrong_option_fails_at_start()
    {
        Assert.Throws<ArgumentOutOfRangeException>(() => new SentenceEncoderOptions { MaxTokens = 1000 }.Validate());
        Assert.Throws<ArgumentOutOfRangeException>(() => new SentenceEncoderOptions { Workers = 0 }.Validate());
    }
}
