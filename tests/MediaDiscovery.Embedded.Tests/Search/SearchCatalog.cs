using MediaDiscovery.Core.Catalog;
using MediaDiscovery.Core.Search;

namespace MediaDiscovery.Embedded.Tests.Search;

/// <summary>A small hand-made catalog for search tests.</summary>
public static class SearchCatalog
{
    public static Title Make(
        string name, ContentType type = ContentType.Movie, int year = 2010, string description = "", string[]? genres = null,
        string[]? cast = null, string[]? platforms = null, int? rottenTomatoes = null) => new()
        {
            Id = TitleIds.For(name, type, year),
            Name = name,
            Type = type,
            ReleaseYear = year,
            Description = description,
            Genres = genres ?? ["drama"],
            Cast = cast ?? [],
            Scores = new TitleScores { RottenTomatoes = rottenTomatoes },
            Availability = (platforms ?? ["netflix"]).Select((p, i) => new PlatformAvailability { Platform = p, ShowId = "s" + i }).ToList(),
        };

    public static readonly IReadOnlyList<Title> Titles =
    [
        Make("Stranger Things", ContentType.Series, 2016, "When a young boy vanishes, a small town uncovers a mystery involving secret experiments.", ["science-fiction", "horror"], ["Winona Ryder"], rottenTomatoes: 93),
        Make("Ratatouille", ContentType.Movie, 2007, "A rat who can cook makes an unusual alliance with a young kitchen worker in Paris.", ["animation", "family"], ["Patton Oswalt"], ["disney-plus"], 96),
        Make("Brooklyn Nine-Nine", ContentType.Series, 2013, "Comedy series following the detectives of a Brooklyn police precinct.", ["comedy"], ["Andy Samberg"], ["hulu", "netflix"], 95),
        Make("Squid Game", ContentType.Series, 2021, "Hundreds of cash-strapped players accept an invitation to compete in children's games.", ["thriller", "drama"], ["Lee Jung-jae"]),
        Make("GoodFellas", ContentType.Movie, 1990, "The rise and fall of a mob associate and his friends in the mafia.", ["crime", "drama"], ["Robert De Niro", "Ray Liotta"], rottenTomatoes: 96),
        Make("Bob's Burgers", ContentType.Series, 2011, "Bob runs a hamburger restaurant with his wife and three kids.", ["animation", "comedy"], ["H. Jon Benjamin"], ["hulu"]),
        Make("Emily in Paris", ContentType.Series, 2020, "A young American marketing executive takes a job in Paris.", ["comedy", "romance"], ["Lily Collins"]),
        Make("Strange Magic", ContentType.Movie, 2015, "A fairy tale musical about goblins and fairies.", ["animation", "family"], [], ["disney-plus"]),
        Make("The Office", ContentType.Series, 2005, "A mockumentary on a group of typical office workers.", ["comedy"], ["Steve Carell"], ["netflix"], 81),
        Make("Paris, Texas", ContentType.Movie, 1984, "A drifter walks out of the desert and tries to reconnect with his son.", ["drama"], ["Harry Dean Stanton"], ["prime-video"], 95),
        Make("The Irishman", ContentType.Movie, 2019, "Hit man Frank Sheeran looks back at the secrets he kept as a loyal member of the Bufalino crime family.", ["crime", "drama"], ["Robert De Niro", "Al Pacino"], ["netflix"], 95),
        Make("Dark", ContentType.Series, 2017, "A missing child sets four families on a frantic hunt for answers as they unearth a mind-bending mystery that spans three generations.", ["crime", "drama", "science-fiction"], ["Louis Hofmann"]),
    ];

    public static TitleTable Table(long version = 1) => TitleTable.Build(Titles, version);

    public static int Ordinal(TitleTable table, string name) =>
        Enumerable.Range(0, table.Count).Single(i => table.Titles[i].Name == name);

    /// <summary>Many generated titles, for the code paths that only large catalogs take.</summary>
    public static TitleTable Large(int count, long version = 1) => TitleTable.Build(
        Enumerable.Range(0, count).Select(i => Make(
            $"Generated {i}", i % 2 == 0 ? ContentType.Movie : ContentType.Series, 1950 + i % 70,
            $"A story about lighthouse keepers number {i}", [i % 3 == 0 ? "comedy" : "drama"])),
        version);

    public static FilterMask MaskOf(TitleTable table, Func<Title, bool> predicate)
    {
        var mask = new FilterMask(table.Count);
        for (var i = 0; i < table.Count; i++)
        {
            if (predicate(table.Titles[i]))
                mask.Set(i);
        }
        return mask;
    }
}
