namespace MediaDiscovery.Embedded.Search;

/// <summary>BM25 weight of each indexed column (FTS5 <c>bm25(fts, title, description, people, genres)</c>).</summary>
public sealed record LexicalColumnWeights(double Title, double Description, double People, double Genres)
{
    public static readonly LexicalColumnWeights Default = new(10, 2, 1, 1);
}
