using MediaDiscovery.Core.Search;

namespace MediaDiscovery.Core.Tests.Search;

public sealed class FranchiseOriginalsTests
{
    private sealed record Item(string Name, double Score);

    private static List<Item> Ranked(params string[] names) => names.Select((n, i) => new Item(n, 100 - i)).ToList();

    private static List<Item> Follow(List<Item> ranked, int page = 10)
    {
        FranchiseOriginals.FollowDerivatives(ranked, i => i.Name, (original, derivative) => original with { Score = derivative.Score }, page);
        return ranked;
    }

    [Fact]
    public void The_original_moves_to_right_after_its_best_ranked_derivative()
    {
        var ranked = Follow(Ranked("Mountain Men", "Queer Eye: We're in Japan!", "Scrubs", "Queer Eye: More Than a Makeover", "B", "Queer Eye"));

        Assert.Equal(["Mountain Men", "Queer Eye: We're in Japan!", "Queer Eye", "Scrubs", "Queer Eye: More Than a Makeover", "B"], ranked.Select(i => i.Name));
        Assert.Equal(99, ranked[2].Score);
    }

    [Fact]
    public void Sequels_by_number_lead_to_the_original_too_and_the_sequel_keeps_its_rank()
    {
        var ranked = Follow(Ranked("Toy Story 3", "A", "Toy Story 2", "Toy Story"));

        Assert.Equal(["Toy Story 3", "Toy Story", "A", "Toy Story 2"], ranked.Select(i => i.Name));
    }

    [Theory]
    [InlineData("Toy Story", "Toy Story 3", "A")]
    [InlineData("Toy Story 3", "Toy Story", "A")]
    [InlineData("Toy Story 3", "A", "B")]
    [InlineData("A", "B", "Toy Story")]
    public void Nothing_moves_when_the_original_is_already_ahead_adjacent_absent_or_there_is_no_derivative(params string[] names)
    {
        Assert.Equal(names, Follow(Ranked(names)).Select(i => i.Name));
    }

    [Fact]
    public void Only_derivatives_on_the_first_page_pull_their_original()
    {
        var names = new[] { "A", "B", "Toy Story 3", "C", "Toy Story" };

        Assert.Equal(names, Follow(Ranked(names), page: 2).Select(i => i.Name));
    }

    [Fact]
    public void Applying_it_twice_changes_nothing_more()
    {
        var once = Follow(Ranked("Frozen II", "A", "B", "Frozen Fever", "Frozen"));
        var twice = Follow(once.ToList());

        Assert.Equal(["Frozen II", "Frozen", "A", "B", "Frozen Fever"], once.Select(i => i.Name));
        Assert.Equal(once, twice);
    }
}
