namespace MediaDiscovery.Core.Intent;

/// <summary>
/// One word of a query: <see cref="Text"/> in title normal form (lower case, accents folded, apostrophes dropped),
/// <see cref="Base"/> the same without a possessive <c>'s</c>, and where it sits in the original query.
/// </summary>
public readonly record struct QueryToken(string Text, string Base, int Start, int Length, bool Possessive, bool Capitalised);
