using MediaDiscovery.Core.Catalog;
using MediaDiscovery.Core.Recommendations;
using MediaDiscovery.Core.Search;
using MediaDiscovery.Core.Users;

namespace MediaDiscovery.Benchmarks.Recommendations;

/// <summary>
/// Deterministic events over the real catalog for benchmarks: each user favours one genre and draws titles from
/// the 6,000 best by catalog prior (in that genre mostly), with views, ratings and watchlist adds spread over
/// 60 days (some within the trending window).
/// </summary>
public static class SyntheticEvents
{
    public static (List<UserEvent> Community, List<UserEvent> Person) Generate(TitleTable table, int users, int eventsPerUser, int personEvents, DateTimeOffset now)
    {
        var pool = CatalogPrior.Ranking(table).Take(6000).ToArray();
        var byGenre = pool.Where(t => t.Genres.Count > 0).GroupBy(t => t.Genres[0]).Where(g => g.Count() >= 50).ToDictionary(g => g.Key, g => g.ToArray());
        var genres = byGenre.Keys.Order(StringComparer.Ordinal).ToArray();
        var random = new Random(42);
        var community = new List<UserEvent>();
        for (var u = 0; u < users; u++)
            community.AddRange(UserEvents("user" + u, byGenre[genres[u % genres.Length]], pool, eventsPerUser, random, now));
        var person = UserEvents("person", byGenre[genres[0]], pool, personEvents, random, now);
        return (community, person);
    }

    private static List<UserEvent> UserEvents(string user, Title[] favourite, Title[] pool, int count, Random random, DateTimeOffset now)
    {
        var events = new List<UserEvent>(count);
        for (var i = 0; i < count; i++)
        {
            var title = random.NextDouble() < 0.7 ? favourite[random.Next(favourite.Length)] : pool[random.Next(pool.Length)];
            var at = now.AddMinutes(-random.Next(60 * 24 * 60));
            var id = $"{user}-{i}";
            events.Add((i % 5) switch
            {
                0 => new UserEvent(user, id, title.Id, UserEventKind.Rating, 0.5 * random.Next(4, 11), null, at),
                1 => new UserEvent(user, id, title.Id, UserEventKind.WatchlistAdd, null, null, at),
                _ => new UserEvent(user, id, title.Id, UserEventKind.View, null, random.NextDouble(), at),
            });
        }
        return events;
    }
}
