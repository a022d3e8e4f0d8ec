using MediaDiscovery.Core.Catalog;

namespace MediaDiscovery.Embedded.Search;

/// <summary>
/// Soft word matching for re-ranking a short candidate list: how well a title's own words (those its vectors are made of) cover the query's words,
/// counting near-synonyms ("reign" ~ "queen") as partial matches, which BM25 cannot.
/// </summary>
public interface IWordAlignment
{
    /// <summary>A scorer for one query, or null when none of its significant words is known.</summary>
    IQueryAlignment? Prepare(string query);
}

/// <summary>The alignment of one query against title texts, in [0, 1]. Not thread-safe: one per query.</summary>
public interface IQueryAlignment
{
    double Score(Title title);
}
