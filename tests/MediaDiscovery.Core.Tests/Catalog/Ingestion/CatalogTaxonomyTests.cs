using MediaDiscovery.Core.Catalog.Ingestion;

namespace MediaDiscovery.Core.Tests.Catalog.Ingestion;

public sealed class CatalogTaxonomyTests
{
    private static readonly CatalogTaxonomy Taxonomy = CatalogTaxonomy.Default;

    [Fact]
    public void Default_has_the_39_canonical_genres_sorted_with_display_names()
    {
        Assert.Equal(39, Taxonomy.Genres.Count);
        Assert.Equal(Taxonomy.Genres.Select(g => g.Id).Order(StringComparer.Ordinal), Taxonomy.Genres.Select(g => g.Id));
        Assert.Contains(new CanonicalGenre("science-fiction", "Science Fiction"), Taxonomy.Genres);
        Assert.Contains(new CanonicalGenre("arts-culture", "Arts & Culture"), Taxonomy.Genres);
        Assert.All(Taxonomy.Genres, g => Assert.False(string.IsNullOrWhiteSpace(g.DisplayName)));
    }

    [Fact]
    public void Default_is_loaded_once()
    {
        Assert.Same(CatalogTaxonomy.Default, CatalogTaxonomy.Default);
    }

    [Theory]
    [InlineData("Action & Adventure", "action;adventure")]
    [InlineData("action & adventure", "action;adventure")]
    [InlineData("Arts, Entertainment, and Culture", "arts-culture")]
    [InlineData("Arts", "arts-culture")]
    [InlineData("and Culture", "arts-culture")]
    [InlineData("Movies", "")]
    public void Maps_raw_genre_labels_case_insensitively(string label, string expected)
    {
        Assert.Equal(expected.Split(';', StringSplitOptions.RemoveEmptyEntries), Taxonomy.MapGenreLabel(label));
    }

    [Fact]
    public void An_unknown_genre_label_maps_to_nothing_and_is_reported_as_unknown()
    {
        Assert.Empty(Taxonomy.MapGenreLabel("Basket Weaving"));
        Assert.False(Taxonomy.TryMapGenreLabel("Basket Weaving", out _));
        Assert.True(Taxonomy.TryMapGenreLabel("Movies", out _));
    }

    [Theory]
    [InlineData("TV-MA", true, 17)]
    [InlineData("PG-13", true, 13)]
    [InlineData("TV-Y", true, 0)]
    [InlineData("NR", true, null)]
    [InlineData("XYZ", false, null)]
    public void Knows_the_minimum_age_of_a_rating(string rating, bool known, int? age)
    {
        Assert.Equal((known, age), Taxonomy.MinAgeFor(rating));
    }

    [Fact]
    public void Finds_platforms_by_their_source_file()
    {
        Assert.Equal(["netflix", "prime-video", "disney-plus", "hulu"], Taxonomy.Platforms.Select(p => p.Id));
        Assert.Equal(new CatalogPlatform("prime-video", "Prime Video", "amazon_prime_titles.csv", "Amazon prime"),
            Taxonomy.PlatformForFile("/data/catalogs/AMAZON_PRIME_TITLES.csv"));
        Assert.Null(Taxonomy.PlatformForFile("other.csv"));
    }

    [Fact]
    public void FromCsv_builds_a_taxonomy_from_text()
    {
        var taxonomy = CatalogTaxonomy.FromCsv(
            "raw_label,canonical_genres\n\"Sci-Fi, Fantasy\",fantasy;science-fiction\nCookery,food\n",
            "raw_rating,min_age,notes\nU,0,\n",
            "platform_id,display_name,source_file,source_ott_value\nacme,Acme,acme.csv,ACME\n");
        Assert.Equal(["fantasy", "food", "science-fiction"], taxonomy.Genres.Select(g => g.Id));
        Assert.Equal(["Sci-Fi, Fantasy"], taxonomy.LabelsWithCommas);
        Assert.Equal((true, 0), taxonomy.MinAgeFor("U"));
        Assert.Equal("acme", taxonomy.PlatformForFile("acme.csv")?.Id);
    }

    [Fact]
    public void FromCsv_rejects_a_file_with_the_wrong_header()
    {
        Assert.Throws<InvalidDataException>(() => CatalogTaxonomy.FromCsv("label,ids\n", "raw_rating,min_age\n", "platform_id,display_name,source_file,source_ott_value\n"));
    }
}
