using MediaDiscovery.Core.Catalog;
using MediaDiscovery.Core.Ports;
using MediaDiscovery.Core.Search;
using MediaDiscovery.Core.Users;
using MediaDiscovery.Testing;

namespace MediaDiscovery.Core.Tests.Recommendations.Engine;

/// <summary>Small catalogs and event streams for the engine's tests.</summary>
internal static class EngineFixtures
{
    public static readonly DateTimeOffset Now = new(2026, 11, 22, 12, 0, 0, TimeSpan.Zero);

    public static Title Movie(string name, int year, string[] genres, string platform = "netflix", int? minAge = 12, int? rottenTomatoes = 80, string[]? directors = null) =>
        SampleTitles.Movie(name, year, (platform, "s-" + name)) with
        {
            Genres = genres,
            MinAge = minAge,
            Scores = rottenTomatoes is null ? TitleScores.None : new TitleScores { RottenTomatoes = rottenTomatoes },
            Directors = directors ?? ["Director of " + name],
            Cast = ["Actor of " + name],
        };

    public static UserEvent View(string user, Title title, DateTimeOffset at, double? completion = null) =>
        new(user, Guid.NewGuid().ToString("N"), title.Id, UserEventKind.View, null, completion, at);

    public static UserEvent Rate(string user, Title title, double rating, DateTimeOffset at) =>
        new(user, Guid.NewGuid().ToString("N"), title.Id, UserEventKind.Rating, rating, null, at);

    public static UserEvent Add(string user, Title title, DateTimeOffset at) =>
        new(user, Guid.NewGuid().ToString("N"), title.Id, UserEventKind.WatchlistAdd, null, null, at);

    public static UserEvent Remove(string user, Title title, DateTimeOffset at) =>
        new(user, Guid.NewGuid().ToString("N"), title.Id, UserEventKind.WatchlistRemove, null, null, at);
}

internal sealed class FixedTitleTable(TitleTable table) : ITitleTableSource
{
    public TitleTable Current => table;
}
