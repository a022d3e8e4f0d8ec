using MediaDiscovery.Core.Catalog;
using MediaDiscovery.Core.Catalog.Ingestion;
using MediaDiscovery.Core.Intent;
using MediaDiscovery.Core.Search;
using MediaDiscovery.Testing;

namespace MediaDiscovery.Core.Tests.Intent;

/// <summary>A small hand-made catalog whose titles and people the phrasing tests name.</summary>
public static class IntentTestCatalog
{
    /// <summary>"Now" for relative dates in these tests.</summary>
    public static readonly DateTimeOffset Now = new(2026, 6, 15, 12, 0, 0, TimeSpan.Zero);

    private static readonly Lazy<IntentGazetteer> LazyGazetteer = new(() => IntentGazetteer.Build(Table(), CatalogTaxonomy.Default));

    public static IntentGazetteer Gazetteer => LazyGazetteer.Value;

    public static RulesIntentExtractor Extractor() => new(Gazetteer, new FixedClock(Now));

    public static TitleTable Table() => TitleTable.Build(
    [
        Movie("Inception", 2010, ["Leonardo DiCaprio", "Joseph Gordon-Levitt"], ["Christopher Nolan"], ["United States", "United Kingdom"]),
        Movie("Interstellar", 2014, ["Matthew McConaughey", "Anne Hathaway"], ["Christopher Nolan"], ["United States"]),
        Movie("Dunkirk", 2017, ["Fionn Whitehead", "Tom Hardy"], ["Christopher Nolan"], ["United Kingdom"]),
        Movie("Jurassic Park", 1993, ["Sam Neill", "Laura Dern"], ["Steven Spielberg"], ["United States"]),
        Movie("Jaws", 1975, ["Roy Scheider"], ["Steven Spielberg"], ["United States"]),
        Movie("Lincoln", 2012, ["Daniel Day-Lewis"], ["Steven Spielberg"], ["United States"]),
        Movie("Catch Me If You Can", 2002, ["Leonardo DiCaprio", "Tom Hanks"], ["Steven Spielberg"], ["United States"]),
        Movie("Jumanji: Welcome to the Jungle", 2017, ["Dwayne Johnson", "Kevin Hart"], ["Jake Kasdan"], ["United States"]),
        Movie("Skyscraper", 2018, ["Dwayne Johnson"], ["Rawson Marshall Thurber"], ["United States"]),
        Movie("Cast Away", 2000, ["Tom Hanks", "Helen Hunt"], ["Robert Zemeckis"], ["United States"]),
        Movie("Sleepless in Seattle", 1993, ["Tom Hanks", "Meg Ryan"], ["Nora Ephron"], ["United States"]),
        Movie("The Matrix", 1999, ["Keanu Reeves", "Laurence Fishburne"], ["Lana Wachowski", "Lilly Wachowski"], ["United States"]),
        Movie("John Wick", 2014, ["Keanu Reeves"], ["Chad Stahelski"], ["United States"]),
        Movie("Parasite", 2019, ["Song Kang-ho"], ["Bong Joon Ho"], ["South Korea"]),
        Movie("Spirited Away", 2001, ["Rumi Hiiragi"], ["Hayao Miyazaki"], ["Japan"]),
        Movie("Amélie", 2001, ["Audrey Tautou"], ["Jean-Pierre Jeunet"], ["France"]),
        Movie("Roma", 2018, ["Yalitza Aparicio"], ["Alfonso Cuarón"], ["Mexico"]),
        Movie("Up", 2009, ["Ed Asner"], ["Pete Docter"], ["United States"]),
        Movie("Frozen", 2013, ["Kristen Bell", "Idina Menzel"], ["Chris Buck"], ["United States"]),
        Movie("Crime", 2015, ["Nobody Special"], ["Some Director"], ["India"]),
        Movie("It", 2017, ["Bill Skarsgård"], ["Andy Muschietti"], ["United States"]),
        Movie("Star Wars: A New Hope", 1977, ["Mark Hamill"], ["George Lucas"], ["United States"]),
        Movie("Star Wars", 1977, ["Mark Hamill", "Harrison Ford"], ["George Lucas"], ["United States"]),
        Movie("War of the Worlds", 2005, ["Tom Cruise"], ["Steven Spielberg"], ["United States"]),
        Movie("Romantic Comedy", 2019, ["Elizabeth Sankey"], ["Elizabeth Sankey"], ["United Kingdom"]),
        Movie("Music", 2021, ["Kate Hudson"], ["Sia"], ["United States"]),
        Movie("Dilwale Dulhania Le Jayenge", 1995, ["Shah Rukh Khan", "Kajol"], ["Aditya Chopra"], ["India"]),
        Movie("Lagaan", 2001, ["Aamir Khan"], ["Ashutosh Gowariker"], ["India"]),
        Movie("The Irishman", 2019, ["Robert De Niro", "Al Pacino"], ["Martin Scorsese"], ["United States"]),
        Movie("Goodfellas", 1990, ["Robert De Niro", "Ray Liotta"], ["Martin Scorsese"], ["United States"]),
        Movie("Amy", 2015, ["Amy Winehouse"], ["Asif Kapadia"], ["United Kingdom"]),
        Movie("Sing Street", 2016, ["Ferdia Walsh-Peelo"], ["John Carney"], ["Ireland"]),
        Movie("Train to Busan", 2016, ["Gong Yoo"], ["Yeon Sang-ho"], ["South Korea"]),
        Movie("Run Lola Run", 1998, ["Franka Potente"], ["Tom Tykwer"], ["Germany"]),
        Movie("Amores Perros", 2000, ["Gael García Bernal"], ["Alejandro González Iñárritu"], ["Mexico"]),
        Movie("The Lord of the Rings: The Fellowship of the Ring", 2001, ["Elijah Wood"], ["Peter Jackson"], ["New Zealand", "United States"]),
        Series("The Office", 2005, ["Steve Carell", "Rainn Wilson"], ["United States"]),
        Series("The Office (U.K.)", 2001, ["Ricky Gervais"], ["United Kingdom"]),
        Series("Stranger Things", 2016, ["Millie Bobby Brown", "Winona Ryder"], ["United States"]),
        Series("Breaking Bad", 2008, ["Bryan Cranston", "Aaron Paul"], ["United States"]),
        Series("Squid Game", 2021, ["Lee Jung-jae"], ["South Korea"]),
        Series("Dark", 2017, ["Louis Hofmann"], ["Germany"]),
        Series("Money Heist", 2017, ["Úrsula Corberó"], ["Spain"]),
        Series("Sacred Games", 2018, ["Saif Ali Khan"], ["India"]),
        Series("Bluey", 2018, ["Dave McCormack"], ["Australia"]),
        Series("Fleabag", 2016, ["Phoebe Waller-Bridge"], ["United Kingdom"]),
        Series("Narcos: Mexico", 2018, ["Diego Luna"], ["Mexico", "United States"]),
        Series("Schitt's Creek", 2015, ["Eugene Levy", "Dan Levy"], ["Canada"]),
        Series("Dave", 2020, ["Lil Dicky"], ["United States"]),
        Series("Hunters", 2020, ["Al Pacino", "Logan Lerman"], ["United States"]),
        Series("Money Heist: Korea", 2022, ["Yoo Ji-tae"], ["South Korea"]),
        Series("Elite", 2018, ["María Pedraza"], ["Spain"]),
        Series("Babylon Berlin", 2017, ["Volker Bruch"], ["Germany"]),
        Series("Gomorrah", 2014, ["Marco D'Amore"], ["Italy"]),
        Series("Kantaro: The Sweet Tooth Salaryman", 2017, ["Matsuya Onoe"], ["Japan"]),
        Series("Blood & Water", 2020, ["Ama Qamata"], ["South Africa"]),
        Series("The Protector", 2018, ["Çağatay Ulusoy"], ["Turkey"]),
        Series("Jamestown", 2017, ["Naomi Battrick"], ["Nigeria", "Canada", "Australia"]),
    ], catalogVersion: 7);

    private static Title Movie(string name, int year, string[] cast, string[] directors, string[] countries) =>
        Build(name, ContentType.Movie, year, cast, directors, countries);

    private static Title Series(string name, int year, string[] cast, string[] countries) =>
        Build(name, ContentType.Series, year, cast, [], countries);

    private static Title Build(string name, ContentType type, int year, string[] cast, string[] directors, string[] countries) =>
        SampleTitles.Movie(name, year, ("netflix", "s" + name.Length)) with
        {
            Id = TitleIds.For(name, type, year),
            Type = type,
            Cast = cast,
            Directors = directors,
            Countries = countries,
            RuntimeMinutes = type == ContentType.Movie ? 110 : null,
        };
}
