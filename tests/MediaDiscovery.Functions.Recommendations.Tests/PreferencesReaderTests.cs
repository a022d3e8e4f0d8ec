using System.Text.Json;
using MediaDiscovery.Core.Catalog.Ingestion;

namespace MediaDiscovery.Functions.Recommendations.Tests;

public sealed class PreferencesReaderTests
{
    private static readonly DateTimeOffset Now = new(2026, 11, 22, 10, 0, 0, TimeSpan.Zero);

    private static Core.Users.UserPreferences? Read(string json, out Dictionary<string, string[]> errors) =>
        PreferencesReader.Read(JsonDocument.Parse(json).RootElement, "ada", CatalogTaxonomy.Default, Now, out errors);

    [Fact]
    public void Known_values_are_kept_once_in_order()
    {
        var p = Read("""{"platforms":["hulu","netflix","hulu"],"likedGenres":["horror"],"avoidedGenres":["romance"],"maxMinAge":13}""", out var errors);
        Assert.Empty(errors);
        Assert.Equal(["hulu", "netflix"], p!.Platforms);
        Assert.Equal(["horror"], p.LikedGenres);
        Assert.Equal(["romance"], p.AvoidedGenres);
        Assert.Equal(13, p.MaxMinAge);
        Assert.Equal(Now, p.UpdatedAt);
    }

    [Fact]
    public void An_empty_object_clears_everything()
    {
        var p = Read("{}", out var errors);
        Assert.Empty(errors);
        Assert.Empty(p!.Platforms);
        Assert.Null(p.MaxMinAge);
    }

    [Fact]
    public void Unknown_values_are_listed_with_the_valid_ones()
    {
        Assert.Null(Read("""{"platforms":["netflix","hbo"],"likedGenres":["scifi"],"maxMinAge":30}""", out var errors));
        Assert.Contains("'hbo'", errors["platforms"][0], StringComparison.Ordinal);
        Assert.Contains("prime-video", errors["platforms"][0], StringComparison.Ordinal);
        Assert.Contains("'scifi'", errors["likedGenres"][0], StringComparison.Ordinal);
        Assert.Contains("science-fiction", errors["likedGenres"][0], StringComparison.Ordinal);
        Assert.Contains("maxMinAge", errors.Keys);
    }

    [Fact]
    public void Wrong_types_and_contradictions_are_refused()
    {
        Read("""{"platforms":"netflix","likedGenres":[1],"maxMinAge":"12"}""", out var types);
        Assert.Equal(["likedGenres", "maxMinAge", "platforms"], types.Keys.Order(StringComparer.Ordinal));
        Read("""{"likedGenres":["horror"],"avoidedGenres":["horror"]}""", out var both);
        Assert.Equal(["avoidedGenres"], both.Keys);
    }

    [Fact]
    public void Values_that_are_not_valid_unicode_are_refused_not_thrown()
    {
        Read("""{"platforms":["netflix","\ud800"]}""", out var errors);
        Assert.Equal(["platforms"], errors.Keys);
    }
}
