namespace MediaDiscovery.Embedded.Search;

/// <summary>
/// Where a rebuild of the search indexes spent its time: reading the titles, then the lexical index, the fuzzy
/// matcher and the title vectors concurrently (so the total is about the load plus the slowest of the three).
/// </summary>
public sealed record SearchIndexBuildTimes(TimeSpan LoadTitles, TimeSpan Lexical, TimeSpan Fuzzy, TimeSpan Vectors, TimeSpan Total);
