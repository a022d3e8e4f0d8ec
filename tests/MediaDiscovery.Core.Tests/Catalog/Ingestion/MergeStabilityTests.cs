using System.Text.Json;
using MediaDiscovery.Core.Catalog;
using MediaDiscovery.Core.Catalog.Ingestion;
using static MediaDiscovery.Core.Tests.Catalog.Ingestion.Entries;

namespace MediaDiscovery.Core.Tests.Catalog.Ingestion;

public sealed class MergeStabilityTests
{
    private static readonly CatalogEntry[] Sample =
    [
        Movie("netflix", "s1", "Us", 2019, ["Jordan Peele"]),
        Movie("prime-video", "s2", "Us", 2019, ["Someone Else"]),
        Movie("hulu", "s3", "Us", 2019, ["Jordan Peele"]),
        Movie("netflix", "s4", "Snow White", 1987),
        Movie("netflix", "s5", "Snow White", 1987),
        Series("hulu", "s6", "Cheers", 1982, 11),
        Series("netflix", "s7", "Cheers", 1992, 11),
    ];

    private static string Json(IReadOnlyList<Title> titles) =>
        JsonSerializer.Serialize(titles.ToList(), CatalogJsonContext.Default.ListTitle);

    [Fact]
    public void Merging_twice_yields_identical_titles_and_ids()
    {
        Assert.Equal(Json(Merge(Sample)), Json(Merge(Sample)));
    }

    [Fact]
    public void Feed_order_does_not_change_the_result()
    {
        var reversed = Sample.Reverse().ToArray();
        Assert.Equal(Json(Merge(Sample)), Json(Merge(reversed)));
    }

    [Fact]
    public void Titles_come_sorted_by_id_and_ids_are_unique_and_well_formed()
    {
        var ids = Merge(Sample).Select(t => t.Id).ToList();
        Assert.Equal(ids.Order(StringComparer.Ordinal), ids);
        Assert.Equal(ids.Count, ids.Distinct().Count());
        Assert.All(ids, id => Assert.True(TitleIds.IsWellFormed(id)));
    }

    [Fact]
    public void Of_colliding_groups_the_one_with_the_first_external_id_keeps_the_plain_id()
    {
        var titles = Merge(Sample);
        var plain = TitleIds.For("Us", ContentType.Movie, 2019);
        var keeper = Assert.Single(titles, t => t.Id == plain);
        Assert.Equal(["hulu", "netflix"], keeper.Availability.Select(a => a.Platform));
    }
}
