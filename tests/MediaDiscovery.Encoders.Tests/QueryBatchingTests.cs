using System.Numerics.Tensors;
using MediaDiscovery.Encoders;

namespace MediaDiscovery.Encoders.Tests;

/// <summary>Dynamic batching of concurrent queries (<c>Embeddings:QueryBatchSize</c>): fewer model runs, same vectors.</summary>
public sealed class QueryBatchingTests(SharedEncoder shared) : IClassFixture<SharedEncoder>, IDisposable
{
    private static readonly string[] Queries =
    [
        "korean thrillers on netflix",
        "clownfish dad crosses the ocean to find his son",
        "old man ties balloons to his house and flies to south america",
        "heist",
        "sisters in a frozen kingdom, one with ice powers",
        "german town with a time travel mystery spanning generations",
    ];

    private readonly OnnxSentenceEncoder batched = OnnxSentenceEncoder.ArcticEmbedXs(new SentenceEncoderOptions { QueryBatchSize = 8, Workers = 2 });

    [Fact]
    public async Task Concurrent_queries_share_model_runs_and_get_the_vectors_they_get_alone()
    {
        var alone = new List<float[]>();
        foreach (var query in Queries)
            alone.Add(await shared.Encoder.EmbedQueryAsync(query));
        var before = batched.Runs;

        var requests = Enumerable.Range(0, 96).Select(i => Task.Run(() => batched.EmbedQueryAsync(Queries[i % Queries.Length]))).ToArray();
        var results = await Task.WhenAll(requests);

        Assert.True(batched.Runs - before < requests.Length, $"{batched.Runs - before} model runs for {requests.Length} queries: nothing was batched");
        for (var i = 0; i < results.Length; i++)
        {
            var cosine = TensorPrimitives.CosineSimilarity(alone[i % Queries.Length], results[i]);
            Assert.True(cosine >= 0.9999f, $"cosine {cosine} for '{Queries[i % Queries.Length]}' in a batch");
        }
    }

    [Fact]
    public async Task A_lone_query_and_a_blank_one_are_answered()
    {
        Assert.Equal(await shared.Encoder.EmbedQueryAsync("heist"), await batched.EmbedQueryAsync("heist"), new CosineAbove(0.9999f));
        Assert.All(await batched.EmbedQueryAsync("   "), v => Assert.Equal(0f, v));
    }

    [Fact]
    public async Task A_cancelled_query_is_cancelled()
    {
        using var cancelled = new CancellationTokenSource();
        await cancelled.CancelAsync();

        await Assert.ThrowsAnyAsync<OperationCanceledException>(() => batched.EmbedQueryAsync("heist", cancelled.Token));
    }

    [Fact]
    public void A_batch_size_out_of_range_fails_at_start()
    {
        Assert.Throws<ArgumentOutOfRangeException>(() => new SentenceEncoderOptions { QueryBatchSize = 0 }.Validate());
        Assert.Throws<ArgumentOutOfRangeException>(() => new SentenceEncoderOptions { QueryBatchSize = 1000 }.Validate());
    }

    public void Dispose() => batched.Dispose();

    private sealed class CosineAbove(float floor) : IEqualityComparer<float[]>
    {
        public bool Equals(float[]? x, float[]? y) => x is not null && y is not null && TensorPrimitives.CosineSimilarity(x, y) >= floor;

        public int GetHashCode(float[] obj) => 0;
    }
}
