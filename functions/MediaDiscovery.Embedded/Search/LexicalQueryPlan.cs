namespace MediaDiscovery.Embedded.Search;

/// <summary>
/// What to score (<see cref="Match"/>) and, when some of its terms are common, the narrower expression of its rarer
/// terms that a row must also match (<see cref="Candidates"/>). Scoring every row that merely contains a common
/// word ("man", "life") costs milliseconds and never puts those rows in the top k, so they are not scored.
/// </summary>
internal sealed record LexicalQueryPlan(string Match, string? Candidates);
