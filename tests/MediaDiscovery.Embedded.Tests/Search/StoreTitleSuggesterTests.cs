using MediaDiscovery.Core.Catalog;
using MediaDiscovery.Core.Ports;
using MediaDiscovery.Embedded.Search;
using MediaDiscovery.Testing;

namespace MediaDiscovery.Embedded.Tests.Search;

public sealed class StoreTitleSuggesterTests
{
    private static readonly DateTimeOffset At = new(2026, 11, 22, 8, 0, 0, TimeSpan.Zero);

    private readonly InMemoryCatalogStore store = new();
    private readonly FixedClock clock;
    private DateTimeOffset now = At;

    public StoreTitleSuggesterTests() => clock = new FixedClock(() => now);

    [Fact]
    public async Task Suggests_titles_from_the_store_with_typos()
    {
        await Put(SampleTitles.Series("Stranger Things", 2016, ("netflix", "s1")), SampleTitles.Movie("Strange World", 2022, ("disney-plus", "d1")));
        var suggester = new StoreTitleSuggester(store, clock);

        var byPrefix = suggester.Suggest("strang", 5);
        var withTypo = suggester.Suggest("stranger thigns", 5);

        Assert.Equal(2, byPrefix.Count);
        Assert.Equal("Stranger Things", withTypo[0].Title);
    }

    [Fact]
    public async Task A_title_added_in_this_process_is_suggested_after_the_change()
    {
        await Put(SampleTitles.Series("Stranger Things", 2016, ("netflix", "s1")));
        var suggester = new StoreTitleSuggester(store, clock);
        Assert.Empty(suggester.Suggest("wednesday", 5));

        var added = SampleTitles.Series("Wednesday", 2022, ("netflix", "s2"));
        await Put(added);
        await suggester.HandleAsync([new ContentChange(added.Id, ContentChangeKind.TitleAdded, null, At, "sync")]);
        await suggester.Idle;

        Assert.Equal("Wednesday", Assert.Single(suggester.Suggest("wednesday", 5)).Title);
    }

    [Fact]
    public async Task Availability_changes_do_not_reload_but_age_does()
    {
        await Put(SampleTitles.Series("Stranger Things", 2016, ("netflix", "s1")));
        var suggester = new StoreTitleSuggester(store, clock, TimeSpan.FromMinutes(15));
        Assert.Single(suggester.Suggest("stranger", 5));
        var added = SampleTitles.Series("Wednesday", 2022, ("netflix", "s2"));
        await Put(added);

        await suggester.HandleAsync([new ContentChange(added.Id, ContentChangeKind.AvailabilityAdded, "netflix", At, "availability")]);
        await suggester.Idle;
        Assert.Empty(suggester.Suggest("wednesday", 5));

        // Titles another function added reach this one through the store once the matcher is old enough.
        now += TimeSpan.FromMinutes(16);
        suggester.Suggest("wednesday", 5);
        await suggester.Idle;
        Assert.Single(suggester.Suggest("wednesday", 5));
    }

    private Task Put(params Title[] titles) => store.PutAsync(titles.Select(t => new TitleWrite(t, 0)).ToList());
}
