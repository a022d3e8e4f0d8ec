using MediaDiscovery.Core.Catalog;
using MediaDiscovery.Core.Search;
using MediaDiscovery.Testing;

namespace MediaDiscovery.Core.Tests.Search;

public sealed class FranchiseDiversifierTests
{
    private static List<Title> Titles(params string[] names) =>
        names.Select((n, i) => SampleTitles.Movie(n, 1990 + i, ("netflix", $"s{i}"))).ToList();

    private static List<string> Diversify(IReadOnlyList<Title> ranked, int window = 10, int max = 2) =>
        FranchiseDiversifier.Diversify(ranked, t => t, window, max).Select(t => t.Name).ToList();

    [Fact]
    public void At_most_two_of_a_franchise_on_the_first_page_the_rest_move_down_in_order()
    {
        var ranked = Titles("Saga 1", "Saga 2", "Saga 3", "A", "Saga 4", "B");
        Assert.Equal(["Saga 1", "Saga 2", "A", "B", "Saga 3", "Saga 4"], Diversify(ranked, window: 4));
    }

    [Fact]
    public void The_original_of_a_franchise_keeps_a_slot_when_ranked_within_two_pages()
    {
        var ranked = Titles("Toy Story: That Time Forgot", "Toy Story 3", "A", "B", "Toy Story", "C");
        Assert.Equal(["Toy Story: That Time Forgot", "A", "B", "Toy Story", "C", "Toy Story 3"], Diversify(ranked, window: 5));
    }

    [Fact]
    public void An_original_ranked_beyond_two_pages_reserves_nothing()
    {
        var ranked = Titles("Toy Story 2", "Toy Story 3", "A", "B", "C", "Toy Story");
        Assert.Equal(["Toy Story 2", "Toy Story 3", "A", "B", "C", "Toy Story"], Diversify(ranked, window: 2));
    }

    [Fact]
    public void An_original_ranked_first_takes_its_slot_like_any_other()
    {
        var ranked = Titles("Toy Story", "Toy Story 2", "Toy Story 3", "A");
        Assert.Equal(["Toy Story", "Toy Story 2", "A", "Toy Story 3"], Diversify(ranked, window: 3));
    }
}
