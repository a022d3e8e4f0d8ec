using MediaDiscovery.Core.Catalog.Ingestion;
using static MediaDiscovery.Core.Tests.Catalog.Ingestion.FeedCsv;

namespace MediaDiscovery.Core.Tests.Catalog.Ingestion;

public sealed class ReadFeedRepairTests
{
    private static (CatalogEntry Entry, IReadOnlyList<string> Repairs) ReadRepaired(string row)
    {
        var result = Read(Feed(row));
        Assert.Empty(result.Rejections);
        return (Assert.Single(result.Entries), result.Repairs.Select(r => r.Kind).ToList());
    }

    [Theory]
    [InlineData("Movie", "74 min", 74, null)]
    [InlineData("TV Show", "2 Seasons", null, 2)]
    [InlineData("TV Show", "1 Season", null, 1)]
    public void Moves_a_duration_found_in_the_rating_column_back(string type, string shifted, int? runtime, int? seasons)
    {
        var (entry, repairs) = ReadRepaired(Row(type: type, rating: shifted, duration: ""));
        Assert.Equal([RepairKinds.DurationInRatingColumn], repairs);
        Assert.Null(entry.MaturityRating);
        Assert.Null(entry.MinAge);
        Assert.Equal(runtime, entry.RuntimeMinutes);
        Assert.Equal(seasons, entry.Seasons);
    }

    [Fact]
    public void Drops_an_unknown_rating()
    {
        var (entry, repairs) = ReadRepaired(Row(rating: "PG-15"));
        Assert.Equal([RepairKinds.UnknownRatingDropped], repairs);
        Assert.Null(entry.MaturityRating);
        Assert.Null(entry.MinAge);
    }

    [Fact]
    public void Keeps_a_known_rating_without_an_age()
    {
        var (entry, repairs) = ReadRepaired(Row(rating: "NR"));
        Assert.Empty(repairs);
        Assert.Equal("NR", entry.MaturityRating);
        Assert.Null(entry.MinAge);
    }

    [Fact]
    public void An_empty_rating_is_not_a_repair()
    {
        var (entry, repairs) = ReadRepaired(Row(rating: ""));
        Assert.Empty(repairs);
        Assert.Null(entry.MaturityRating);
    }

    [Theory]
    [InlineData("25-Sep-21", 2021, 9, 25)]
    [InlineData("5-Jan-08", 2008, 1, 5)]
    [InlineData(" September 25, 2021 ", 2021, 9, 25)]
    [InlineData("March 1, 2019", 2019, 3, 1)]
    public void Parses_both_date_added_styles(string text, int year, int month, int day)
    {
        var (entry, repairs) = ReadRepaired(Row(dateAdded: text));
        Assert.Empty(repairs);
        Assert.Equal(new DateOnly(year, month, day), entry.DateAdded);
    }

    [Fact]
    public void Drops_an_unparsable_date_added()
    {
        var (entry, repairs) = ReadRepaired(Row(dateAdded: "sometime in 2021"));
        Assert.Equal([RepairKinds.UnparsableDateDropped], repairs);
        Assert.Null(entry.DateAdded);
    }

    [Fact]
    public void Drops_an_unparsable_duration()
    {
        var (entry, repairs) = ReadRepaired(Row(duration: "ninety minutes"));
        Assert.Equal([RepairKinds.UnparsableDurationDropped], repairs);
        Assert.Null(entry.RuntimeMinutes);
    }

    [Fact]
    public void Strips_zero_width_characters_from_text()
    {
        var (entry, repairs) = ReadRepaired(Row(title: "\u200BHello\u200D", description: "\u200BComedian bares it all."));
        Assert.Equal([RepairKinds.InvisibleCharactersStripped], repairs);
        Assert.Equal("Hello", entry.Name);
        Assert.Equal("Comedian bares it all.", entry.Description);
    }

    [Fact]
    public void Keeps_the_comma_label_of_prime_whole_and_maps_labels_to_sorted_canonical_ids()
    {
        var (entry, _) = ReadRepaired(Row(listedIn: "Drama, Arts, Entertainment, and Culture, Action"));
        Assert.Equal(["action", "arts-culture", "drama"], entry.Genres);
        Assert.Contains("Arts, Entertainment, and Culture", entry.RawGenres);
    }

    [Fact]
    public void Counts_unknown_genre_labels_without_rejecting_the_row()
    {
        var result = Read(Feed(Row(showId: "s1", listedIn: "Dramas, Basket Weaving"), Row(showId: "s2", title: "B", listedIn: "Basket Weaving")));
        Assert.Equal(2, result.Entries.Count);
        Assert.Equal(["drama"], result.Entries[0].Genres);
        Assert.Equal(2, result.UnknownGenreLabels["Basket Weaving"]);
    }

    [Fact]
    public void Repairs_are_counted_per_row_with_its_line()
    {
        var result = Read(Feed(Row(showId: "s1", rating: "90 min", duration: "", dateAdded: "soon")));
        Assert.Equal(
            [new RowRepair("netflix", 2, RepairKinds.DurationInRatingColumn), new RowRepair("netflix", 2, RepairKinds.UnparsableDateDropped)],
            result.Repairs);
    }
}
