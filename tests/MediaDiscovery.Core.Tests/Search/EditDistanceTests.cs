using MediaDiscovery.Core.Search;

namespace MediaDiscovery.Core.Tests.Search;

public sealed class EditDistanceTests
{
    [Theory]
    [InlineData("", "", 0)]
    [InlineData("abc", "", 3)]
    [InlineData("things", "things", 0)]
    [InlineData("thigns", "things", 1)]
    [InlineData("goodfelas", "goodfellas", 1)]
    [InlineData("kitten", "sitting", 3)]
    [InlineData("ratatoullie", "ratatouille", 2)]
    public void Counts_edits_with_adjacent_transpositions_as_one(string a, string b, int expected)
    {
        Assert.Equal(expected, EditDistance.Between(a, b));
        Assert.Equal(expected, EditDistance.Between(b, a));
    }

    [Fact]
    public void Long_strings_do_not_overflow_the_stack()
    {
        Assert.Equal(1, EditDistance.Between(new string('a', 5_000), new string('a', 4_999)));
    }

    [Fact]
    public void Similarity_is_one_minus_distance_over_the_longer_length()
    {
        Assert.Equal(1.0, EditDistance.Similarity("", ""));
        Assert.Equal(0.9, EditDistance.Similarity("goodfelas", "goodfellas"), 9);
        Assert.Equal(0.0, EditDistance.Similarity("abc", "xyz"));
    }

    [Fact]
    public void A_bounded_distance_is_exact_within_the_bound_and_above_it_otherwise()
    {
        var random = new Random(11);
        string Word() => new([.. Enumerable.Range(0, random.Next(0, 12)).Select(_ => "abcdeab"[random.Next(7)])]);
        for (var round = 0; round < 20_000; round++)
        {
            var (a, b, max) = (Word(), Word(), random.Next(0, 6));
            var exact = EditDistance.Between(a, b);
            var bounded = EditDistance.Between(a, b, max);

            Assert.True(exact <= max ? bounded == exact : bounded > max, $"{a} {b} max {max}: exact {exact}, bounded {bounded}");
            var floor = random.NextDouble();
            var similarity = EditDistance.Similarity(a, b);
            Assert.Equal(similarity >= floor ? similarity : 0, EditDistance.Similarity(a, b, floor), 12);
        }
    }
}
