namespace MediaDiscovery.Core.Catalog.Sync;

/// <summary>Whether two versions of a title differ in what they say about the content (availability aside).</summary>
public static class TitleContent
{
    public static bool SameContent(Title a, Title b) =>
        a.Name == b.Name
        && a.Type == b.Type
        && a.ReleaseYear == b.ReleaseYear
        && a.Genres.SequenceEqual(b.Genres)
        && a.MaturityRating == b.MaturityRating
        && a.MinAge == b.MinAge
        && a.RuntimeMinutes == b.RuntimeMinutes
        && a.Seasons == b.Seasons
        && a.Countries.SequenceEqual(b.Countries)
        && a.Cast.SequenceEqual(b.Cast)
        && a.Directors.SequenceEqual(b.Directors)
        && a.Description == b.Description
        && Equals(a.Scores, b.Scores);
}
