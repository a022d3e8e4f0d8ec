using MediaDiscovery.Core.Catalog;
using MediaDiscovery.Core.Catalog.Ingestion;
using MediaDiscovery.Core.Search;
using MediaDiscovery.Hosting.Contracts;

namespace MediaDiscovery.LocalHost.Tests;

public sealed class FiltersViewTests
{
    private static readonly CatalogTaxonomy Taxonomy = CatalogTaxonomy.Default;

    [Fact]
    public void Round_trips_filters()
    {
        var filters = new SearchFilters
        {
            Types = [ContentType.Series],
            Genres = ["comedy", "romance"],
            ExcludeGenres = ["horror"],
            Platforms = ["netflix"],
            Countries = ["Mexico"],
            ReleaseYear = new IntRange(1990, 1999),
            RuntimeMinutes = new IntRange(null, 99),
            MaxMinAge = 13,
            People = [new PersonFilter("Tom Hanks", PersonRole.Cast)],
            AvailableNow = true,
        };
        var parsed = FiltersView.From(filters).ToFilters(Taxonomy, out var errors);
        Assert.Empty(errors);
        Assert.Equal(filters.Types, parsed.Types);
        Assert.Equal(filters.Genres, parsed.Genres);
        Assert.Equal(filters.ExcludeGenres, parsed.ExcludeGenres);
        Assert.Equal(filters.Platforms, parsed.Platforms);
        Assert.Equal(filters.Countries, parsed.Countries);
        Assert.Equal(filters.ReleaseYear, parsed.ReleaseYear);
        Assert.Equal(filters.RuntimeMinutes, parsed.RuntimeMinutes);
        Assert.Equal(filters.MaxMinAge, parsed.MaxMinAge);
        Assert.Equal(filters.People, parsed.People);
        Assert.True(parsed.AvailableNow);
    }

    [Fact]
    public void Missing_keys_mean_no_filter()
    {
        var parsed = new FiltersView(null, null, null, null, null, null, null, null, null, null).ToFilters(Taxonomy, out var errors);
        Assert.Empty(errors);
        Assert.True(parsed.IsEmpty);
    }

    [Fact]
    public void Unknown_values_are_errors_listing_the_valid_ones()
    {
        var view = new FiltersView(["film"], ["scifi"], ["horror", "gore"], ["hbo"], null, new RangeView(2010, 2000), null, 40,
            [new PersonView("Tom Hanks", "producer")], null);
        view.ToFilters(Taxonomy, out var errors);
        Assert.Contains("movie, series", errors["filters.types"][0], StringComparison.Ordinal);
        Assert.Contains("science-fiction", errors["filters.genres"][0], StringComparison.Ordinal);
        Assert.Contains("'gore'", errors["filters.excludeGenres"][0], StringComparison.Ordinal);
        Assert.Contains("netflix, prime-video, disney-plus, hulu", errors["filters.platforms"][0], StringComparison.Ordinal);
        Assert.True(errors.ContainsKey("filters.releaseYear"));
        Assert.True(errors.ContainsKey("filters.maxMinAge"));
        Assert.True(errors.ContainsKey("filters.people"));
    }
}
