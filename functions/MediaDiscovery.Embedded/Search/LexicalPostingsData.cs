namespace MediaDiscovery.Embedded.Search;

/// <summary>The arrays of an <see cref="InMemoryLexicalIndex"/>, as <see cref="LexicalPostingsFile"/> stores them.</summary>
internal sealed record LexicalPostingsData(
    double[] Weights,
    string[] Terms,
    int[] ColumnStart,
    int[] Tokens,
    int[] PostingStart,
    int[] PostingDoc,
    double[] PostingFrequency);
