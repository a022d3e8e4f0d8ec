using System.Net.Http.Json;
using System.Text.Json;
using Amazon.Runtime;
using MediaDiscovery.Aws.Http;
using MediaDiscovery.Aws.Signing;
using MediaDiscovery.Core.Ports;
using Polly;

namespace MediaDiscovery.Aws.Bedrock;

/// <summary>
/// Embeddings from Amazon Titan Text Embeddings v2 through Bedrock InvokeModel (plain HTTPS + SigV4). Titan v2
/// embeds one text per call, so a batch is bounded parallel single calls. Throttling and server errors are retried
/// with jittered backoff; anything else, or an answer of the wrong shape, is a <see cref="BedrockInvocationException"/>.
/// Vectors are normalised here too, whatever the model did.
/// </summary>
public sealed class BedrockTitanEmbedder : IEmbedder
{
    private static readonly int[] SupportedDimensions = [256, 512, 1024];

    private readonly HttpClient http;
    private readonly BedrockTitanOptions options;
    private readonly ResiliencePipeline<HttpResponseMessage> retry;

    /// <param name="http">A client whose handler signs for the <c>bedrock</c> service (see <see cref="CreateHttpClient"/>).</param>
    public BedrockTitanEmbedder(HttpClient http, BedrockTitanOptions options, TimeProvider? time = null)
    {
        ArgumentNullException.ThrowIfNull(http);
        ArgumentNullException.ThrowIfNull(options);
        if (!SupportedDimensions.Contains(options.Dimensions))
            throw new ArgumentOutOfRangeException(nameof(options), options.Dimensions, "Titan text embeddings v2 supports 256, 512 or 1024 dimensions.");
        ArgumentOutOfRangeException.ThrowIfNegativeOrZero(options.MaxParallelCalls);
        ArgumentOutOfRangeException.ThrowIfNegativeOrZero(options.MaxInputCharacters);
        this.http = http;
        this.options = options;
        retry = TransientHttpRetry.Build(options.Retry, time);
    }

    /// <summary>Model and dimensions: vectors of another size are another model to the index.</summary>
    public string ModelId => $"bedrock:{options.Model}:{options.Dimensions}";

    public int Dimensions => options.Dimensions;

    /// <summary>An HTTP client that signs with the given credentials (default: AWSSDK.Core's default chain).</summary>
    public static HttpClient CreateHttpClient(BedrockTitanOptions options, AWSCredentials? credentials = null) =>
        new(new AwsSigningHandler(new AwsSigningScope(options.Region, AwsSigningScope.Bedrock), credentials ?? AwsCredentialsSource.Default(), new SocketsHttpHandler
        {
            PooledConnectionLifetime = TimeSpan.FromMinutes(5),
        }))
        {
            Timeout = TimeSpan.FromSeconds(30),
        };

    public async Task<float[]> EmbedAsync(string text, CancellationToken ct = default)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(text);
        var request = new TitanEmbeddingRequest(Truncate(text), options.Dimensions, Normalize: true);
        using var response = await SendAsync(request, ct);
        if (!response.IsSuccessStatusCode)
            throw await FailureAsync(response, ct);
        return Normalised(await ReadEmbeddingAsync(response, ct));
    }

    public async Task<IReadOnlyList<float[]>> EmbedBatchAsync(IReadOnlyList<string> texts, CancellationToken ct = default)
    {
        ArgumentNullException.ThrowIfNull(texts);
        var vectors = new float[texts.Count][];
        var parallel = new ParallelOptions { MaxDegreeOfParallelism = options.MaxParallelCalls, CancellationToken = ct };
        await Parallel.ForEachAsync(Enumerable.Range(0, texts.Count), parallel, async (i, token) =>
            vectors[i] = await EmbedAsync(texts[i], token));
        return vectors;
    }

    private async Task<HttpResponseMessage> SendAsync(TitanEmbeddingRequest body, CancellationToken ct)
    {
        try
        {
            return await retry.ExecuteAsync(async token =>
            {
                using var message = new HttpRequestMessage(HttpMethod.Post, options.InvokeUri)
                {
                    Content = JsonContent.Create(body, BedrockJsonContext.Default.TitanEmbeddingRequest),
                };
                message.Headers.Accept.ParseAdd("application/json");
                return await http.SendAsync(message, token);
            }, ct);
        }
        catch (Exception e) when (e is HttpRequestException || (e is OperationCanceledException && !ct.IsCancellationRequested))
        {
            throw new BedrockInvocationException($"Bedrock {options.Model} could not be reached: {e.Message}", null, null, e);
        }
    }

    /// <summary>Cuts at the model's character limit, never inside a surrogate pair.</summary>
    private string Truncate(string text)
    {
        if (text.Length <= options.MaxInputCharacters)
            return text;
        var length = options.MaxInputCharacters;
        if (char.IsHighSurrogate(text[length - 1]))
            length--;
        return text[..length];
    }

    private async Task<float[]> ReadEmbeddingAsync(HttpResponseMessage response, CancellationToken ct)
    {
        TitanEmbeddingResponse? body;
        try
        {
            body = await response.Content.ReadFromJsonAsync(BedrockJsonContext.Default.TitanEmbeddingResponse, ct);
        }
        catch (JsonException e)
        {
            throw new BedrockInvocationException($"Bedrock {options.Model} answered malformed JSON: {e.Message}", response.StatusCode, null, e);
        }
        var embedding = body?.Embedding ?? throw new BedrockInvocationException($"Bedrock {options.Model} answered without an embedding.", response.StatusCode, null);
        if (embedding.Length != options.Dimensions)
            throw new BedrockInvocationException($"Bedrock {options.Model} answered {embedding.Length} dimensions; {options.Dimensions} were asked for.", response.StatusCode, null);
        return embedding;
    }

    private float[] Normalised(float[] vector)
    {
        double sum = 0;
        foreach (var x in vector)
            sum += (double)x * x;
        if (!double.IsFinite(sum) || sum == 0)
            throw new BedrockInvocationException($"Bedrock {options.Model} answered a zero or non-finite vector.");
        var scale = (float)(1 / Math.Sqrt(sum));
        for (var i = 0; i < vector.Length; i++)
            vector[i] *= scale;
        return vector;
    }

    private async Task<BedrockInvocationException> FailureAsync(HttpResponseMessage response, CancellationToken ct)
    {
        // x-amzn-ErrorType is "ThrottlingException:http://internal.amazon.com/..." or just the name.
        var errorType = response.Headers.TryGetValues("x-amzn-ErrorType", out var values) ? values.First().Split(':')[0] : null;
        string? message = null;
        try
        {
            message = (await response.Content.ReadFromJsonAsync(BedrockJsonContext.Default.BedrockErrorResponse, ct))?.Message;
        }
        catch (JsonException)
        {
            // The status and type still say what went wrong.
        }
        return new BedrockInvocationException(
            $"Bedrock {options.Model} failed with {(int)response.StatusCode} {errorType ?? response.ReasonPhrase}: {message ?? "(no message)"}",
            response.StatusCode,
            errorType);
    }
}
