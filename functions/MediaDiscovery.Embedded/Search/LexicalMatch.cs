namespace MediaDiscovery.Embedded.Search;

/// <summary>How a lexical query's terms combine.</summary>
public enum LexicalMatch
{
    /// <summary>Any significant term (OR): BM25 ranks documents matching more, and rarer, terms higher.</summary>
    AnyTerm,

    /// <summary>Every significant term (AND): few but precise hits.</summary>
    AllTerms,

    /// <summary>Any pair of adjacent query words as a phrase: a proximity signal for names and exact wording.</summary>
    AdjacentPairs,
}
