using MediaDiscovery.Core.Catalog;

namespace MediaDiscovery.Testing;

/// <summary>Small hand-made titles for tests that need a few of them.</summary>
public static class SampleTitles
{
    public static Title Movie(string name, int year, params (string Platform, string ShowId)[] platforms) =>
        Build(name, ContentType.Movie, year, platforms);

    public static Title Series(string name, int year, params (string Platform, string ShowId)[] platforms) =>
        Build(name, ContentType.Series, year, platforms);

    private static Title Build(string name, ContentType type, int year, (string Platform, string ShowId)[] platforms) => new()
    {
        Id = TitleIds.For(name, type, year),
        Name = name,
        Type = type,
        ReleaseYear = year,
        Genres = ["comedy", "drama"],
        MaturityRating = "TV-14",
        MinAge = 14,
        RuntimeMinutes = type == ContentType.Movie ? 101 : null,
        Seasons = type == ContentType.Series ? 3 : null,
        Countries = ["United States"],
        Cast = ["Ada Lovelace", "Alan Turing"],
        Directors = ["Grace Hopper"],
        Description = $"A test synopsis of {name}, with a comma, \"quotes\" and ünïcödé.",
        Scores = new TitleScores { RottenTomatoes = 87, Imdb = type == ContentType.Series ? 8.1 : null },
        Availability = platforms
            .OrderBy(p => p.Platform, StringComparer.Ordinal)
            .Select(p => new PlatformAvailability
            {
                Platform = p.Platform,
                ShowId = p.ShowId,
                DateAdded = new DateOnly(2021, 9, 25),
                LastVerifiedAt = new DateTimeOffset(2026, 11, 22, 10, 0, 0, TimeSpan.Zero),
                ChangedAt = new DateTimeOffset(2026, 11, 1, 0, 0, 0, TimeSpan.Zero),
            })
            .ToList(),
    };
}
