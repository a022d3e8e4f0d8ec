using MediaDiscovery.Core.Catalog;
using MediaDiscovery.Core.Search;

namespace MediaDiscovery.Embedded.Tests.Search;

/// <summary>
/// <see cref="TitleTable.Mask"/> flattens titles into facet bit sets for speed: over the real catalog and thousands
/// of seeded random filters, it must select exactly the titles <see cref="TitleFilter.Matches"/> accepts.
/// </summary>
public sealed class TitleFilterMaskTests
{
    private static readonly string[] Platforms = ["netflix", "prime-video", "disney-plus", "hulu", "no-such-platform"];
    private static readonly string[] Countries = ["United States", "india", "Germany", "South Korea", "Atlantis"];

    [Fact]
    public void Masks_select_exactly_the_titles_the_filter_matches()
    {
        var table = RealCatalog.Require();
        var genres = table.Titles.SelectMany(t => t.Genres).Distinct().Append("no-such-genre").ToArray();
        var people = table.Titles.Take(500).SelectMany(t => t.Cast.Take(1).Concat(t.Directors.Take(1))).ToArray();
        var random = new Random(20261122);
        for (var round = 0; round < 400; round++)
        {
            var filters = RandomFilters(random, genres, people);
            var filter = new TitleFilter(filters);
            var mask = table.Mask(filter);
            var expected = Enumerable.Range(0, table.Count).Where(i => filter.Matches(table.Titles[i])).ToList();
            if (mask is null)
            {
                Assert.True(filters.IsEmpty);
                continue;
            }
            var actual = Enumerable.Range(0, table.Count).Where(i => mask[i]).ToList();
            Assert.True(expected.SequenceEqual(actual), $"round {round}: {expected.Count} expected, {actual.Count} selected for {filters}");
            Assert.Equal(expected.Count, mask.Count);
        }
    }

    private static SearchFilters RandomFilters(Random random, string[] genres, string[] people)
    {
        T[] Some<T>(T[] from, double p, int max) =>
            random.NextDouble() < p ? [.. Enumerable.Range(0, random.Next(1, max + 1)).Select(_ => from[random.Next(from.Length)]).Distinct()] : [];
        int? Maybe(double p, int min, int max) => random.NextDouble() < p ? random.Next(min, max) : null;
        return new SearchFilters
        {
            Types = Some([ContentType.Movie, ContentType.Series], 0.4, 2),
            Genres = Some(genres, 0.5, 2),
            ExcludeGenres = Some(genres, 0.3, 2),
            Platforms = Some(Platforms, 0.4, 2),
            Countries = Some(Countries, 0.15, 2),
            ReleaseYear = new IntRange(Maybe(0.3, 1940, 2021), Maybe(0.3, 1960, 2022)),
            RuntimeMinutes = new IntRange(Maybe(0.2, 10, 120), Maybe(0.2, 30, 200)),
            MaxMinAge = Maybe(0.3, 0, 19),
            People = random.NextDouble() < 0.1 ? [new PersonFilter(people[random.Next(people.Length)], PersonRole.Any)] : [],
            AvailableNow = random.NextDouble() < 0.3,
        };
    }
}
