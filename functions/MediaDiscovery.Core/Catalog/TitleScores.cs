namespace MediaDiscovery.Core.Catalog;

/// <summary>Critic and audience scores from the enrichment datasets, where a title matched.</summary>
public sealed record TitleScores
{
    public static readonly TitleScores None = new();

    /// <summary>Rotten Tomatoes score, 0..100.</summary>
    public int? RottenTomatoes { get; init; }

    /// <summary>IMDb rating, 0..10 (series only in the source data).</summary>
    public double? Imdb { get; init; }

    /// <summary>
    /// How many MovieLens users rated it (movies only; ml-latest-small: 610 users up to 2018): how widely seen it
    /// is, which critic scores do not say.
    /// </summary>
    public int? AudienceRatings { get; init; }

    /// <summary>
    /// The MovieLens movie id this title matched (with <see cref="AudienceRatings"/>): the link by which that audience's
    /// ratings train the recommender.
    /// </summary>
    public int? AudienceMovieId { get; init; }
}
