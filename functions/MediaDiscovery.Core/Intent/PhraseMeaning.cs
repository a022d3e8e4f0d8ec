namespace MediaDiscovery.Core.Intent;

/// <summary>What a configured phrase says. Rows of <c>intent-phrases.csv</c> use the lower-case names.</summary>
public enum PhraseKind
{
    Genre,
    Type,
    Platform,
    Unsupported,
    Country,
    Age,
    Available,
    Recommend,
    Negate,
    Noop,
}

/// <summary>One meaning of a phrase: a kind and its values (genre ids, a platform id, an age, ...).</summary>
public sealed record PhraseMeaning(PhraseKind Kind, IReadOnlyList<string> Values);
