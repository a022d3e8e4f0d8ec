using MediaDiscovery.Core.Catalog;
using MediaDiscovery.Core.Ports;

namespace MediaDiscovery.Testing;

/// <summary>
/// The behaviour every <see cref="ICatalogStore"/> must have. Each backend's test project derives from this
/// and supplies a fresh, empty store per test.
/// </summary>
public abstract class CatalogStoreContract
{
    protected abstract Task<ICatalogStore> CreateEmptyStoreAsync();

    private static readonly Title Cheers = SampleTitles.Series("Cheers", 1982, ("hulu", "s10"), ("netflix", "s20"));
    private static readonly Title Us = SampleTitles.Movie("Us", 2019, ("prime-video", "s30"));
    private static readonly Title UsToo = SampleTitles.Movie("Us", 2020, ("netflix", "s40"));

    [Fact]
    public async Task Get_of_unknown_id_is_null()
    {
        var store = await CreateEmptyStoreAsync();
        Assert.Null(await store.GetAsync("t_0000000000000000"));
    }

    [Fact]
    public async Task A_written_title_reads_back_field_for_field()
    {
        var store = await CreateEmptyStoreAsync();
        var outcome = Assert.Single(await store.PutAsync([new TitleWrite(Cheers, 0)]));
        Assert.Equal(WriteStatus.Written, outcome.Status);
        Assert.Equal(1, outcome.StoredVersion);

        var read = await store.GetAsync(Cheers.Id);
        Assert.NotNull(read);
        AssertSameContent(Cheers with { Version = 1 }, read);
    }

    [Fact]
    public async Task Writing_with_expected_version_zero_fails_when_the_title_exists()
    {
        var store = await CreateEmptyStoreAsync();
        await store.PutAsync([new TitleWrite(Cheers, 0)]);
        var outcome = Assert.Single(await store.PutAsync([new TitleWrite(Cheers with { Description = "changed" }, 0)]));
        Assert.Equal(WriteStatus.Conflict, outcome.Status);
        Assert.Equal(Cheers.Description, (await store.GetAsync(Cheers.Id))!.Description);
    }

    [Fact]
    public async Task A_stale_writer_never_overwrites_newer_data()
    {
        var store = await CreateEmptyStoreAsync();
        await store.PutAsync([new TitleWrite(Cheers, 0)]);
        await store.PutAsync([new TitleWrite(Cheers with { Description = "second" }, 1)]);

        var stale = Assert.Single(await store.PutAsync([new TitleWrite(Cheers with { Description = "stale" }, 1)]));
        Assert.Equal(WriteStatus.Conflict, stale.Status);
        Assert.Equal(2, stale.StoredVersion);
        var read = await store.GetAsync(Cheers.Id);
        Assert.Equal("second", read!.Description);
        Assert.Equal(2, read.Version);
    }

    [Fact]
    public async Task A_conflict_in_a_batch_does_not_block_the_other_writes()
    {
        var store = await CreateEmptyStoreAsync();
        await store.PutAsync([new TitleWrite(Cheers, 0)]);
        var outcomes = await store.PutAsync([new TitleWrite(Cheers, 0), new TitleWrite(Us, 0)]);
        Assert.Equal([WriteStatus.Conflict, WriteStatus.Written], outcomes.Select(o => o.Status));
        Assert.NotNull(await store.GetAsync(Us.Id));
    }

    [Fact]
    public async Task Finds_a_title_by_any_of_its_external_ids()
    {
        var store = await CreateEmptyStoreAsync();
        await store.PutAsync([new TitleWrite(Cheers, 0), new TitleWrite(Us, 0)]);
        Assert.Equal(Cheers.Id, (await store.FindByExternalIdAsync("hulu:s10"))?.Id);
        Assert.Equal(Cheers.Id, (await store.FindByExternalIdAsync("netflix:s20"))?.Id);
        Assert.Equal(Us.Id, (await store.FindByExternalIdAsync("prime-video:s30"))?.Id);
        Assert.Null(await store.FindByExternalIdAsync("netflix:s30"));
    }

    [Fact]
    public async Task External_id_lookup_follows_availability_changes()
    {
        var store = await CreateEmptyStoreAsync();
        await store.PutAsync([new TitleWrite(Cheers, 0)]);
        var moved = Cheers with { Availability = [Cheers.Availability[0]] }; // netflix entry dropped entirely
        await store.PutAsync([new TitleWrite(moved, 1)]);
        Assert.Null(await store.FindByExternalIdAsync("netflix:s20"));
        Assert.Equal(Cheers.Id, (await store.FindByExternalIdAsync("hulu:s10"))?.Id);
    }

    [Fact]
    public async Task Lists_titles_by_platform()
    {
        var store = await CreateEmptyStoreAsync();
        await store.PutAsync([new TitleWrite(Cheers, 0), new TitleWrite(Us, 0), new TitleWrite(UsToo, 0)]);
        var netflix = await store.ListByPlatformAsync("netflix");
        Assert.Equal(new[] { Cheers.Id, UsToo.Id }.Order(), netflix.Select(t => t.Id).Order());
        Assert.Empty(await store.ListByPlatformAsync("disney-plus"));
    }

    [Fact]
    public async Task Writing_with_an_expected_version_to_a_missing_title_is_a_conflict()
    {
        var store = await CreateEmptyStoreAsync();
        var outcome = Assert.Single(await store.PutAsync([new TitleWrite(Cheers, 3)]));
        Assert.Equal(WriteStatus.Conflict, outcome.Status);
        Assert.Equal(0, outcome.StoredVersion);
        Assert.Null(await store.GetAsync(Cheers.Id));
    }

    [Fact]
    public async Task Listing_by_platform_includes_titles_no_longer_available_there()
    {
        var store = await CreateEmptyStoreAsync();
        var gone = UsToo with { Availability = [UsToo.Availability[0] with { Available = false }] };
        await store.PutAsync([new TitleWrite(gone, 0)]);
        Assert.Equal(gone.Id, Assert.Single(await store.ListByPlatformAsync("netflix")).Id);
    }

    [Fact]
    public async Task Counts_follow_genre_changes()
    {
        var store = await CreateEmptyStoreAsync();
        await store.PutAsync([new TitleWrite(Us, 0)]);
        Assert.Equal(1, (await store.GetCountsAsync()).ByGenre["comedy"]);
        await store.PutAsync([new TitleWrite(Us with { Genres = ["horror"] }, 1)]);
        var counts = await store.GetCountsAsync();
        Assert.False(counts.ByGenre.TryGetValue("comedy", out var n) && n > 0);
        Assert.Equal(1, counts.ByGenre["horror"]);
    }

    [Fact]
    public async Task Lists_every_title()
    {
        var store = await CreateEmptyStoreAsync();
        await store.PutAsync([new TitleWrite(Cheers, 0), new TitleWrite(Us, 0), new TitleWrite(UsToo, 0)]);
        var all = new List<string>();
        await foreach (var t in store.ListAllAsync())
            all.Add(t.Id);
        Assert.Equal(new[] { Cheers.Id, Us.Id, UsToo.Id }.Order(), all.Order());
    }

    [Fact]
    public async Task Counts_genres_and_platforms_over_available_titles_only()
    {
        var store = await CreateEmptyStoreAsync();
        var gone = UsToo with
        {
            Genres = ["horror"],
            Availability = [UsToo.Availability[0] with { Available = false }],
        };
        await store.PutAsync([new TitleWrite(Cheers, 0), new TitleWrite(Us, 0), new TitleWrite(gone, 0)]);
        var counts = await store.GetCountsAsync();
        Assert.Equal(2, counts.Titles);
        Assert.Equal(2, counts.ByGenre["comedy"]);
        Assert.False(counts.ByGenre.ContainsKey("horror"));
        Assert.Equal(1, counts.ByPlatform["netflix"]);
        Assert.Equal(1, counts.ByPlatform["hulu"]);
        Assert.Equal(1, counts.ByPlatform["prime-video"]);
    }

    [Fact]
    public async Task Counts_reflect_updates()
    {
        var store = await CreateEmptyStoreAsync();
        await store.PutAsync([new TitleWrite(Cheers, 0)]);
        Assert.Equal(1, (await store.GetCountsAsync()).ByPlatform["netflix"]);
        var ended = Cheers with { Availability = Cheers.Availability.Select(a => a.Platform == "netflix" ? a with { Available = false } : a).ToList() };
        await store.PutAsync([new TitleWrite(ended, 1)]);
        var counts = await store.GetCountsAsync();
        Assert.False(counts.ByPlatform.TryGetValue("netflix", out var n) && n > 0);
        Assert.Equal(1, counts.ByPlatform["hulu"]);
    }

    [Fact]
    public async Task Metadata_round_trips_and_overwrites()
    {
        var store = await CreateEmptyStoreAsync();
        Assert.Null(await store.GetMetadataAsync("catalog-fingerprint"));
        await store.SetMetadataAsync("catalog-fingerprint", "abc");
        await store.SetMetadataAsync("catalog-fingerprint", "def");
        Assert.Equal("def", await store.GetMetadataAsync("catalog-fingerprint"));
    }

    [Fact]
    public async Task Writes_a_large_batch()
    {
        var store = await CreateEmptyStoreAsync();
        var titles = Enumerable.Range(0, 300)
            .Select(i => SampleTitles.Movie($"Film number {i}", 1950 + (i % 70), ("netflix", $"s{i}")))
            .ToList();
        var outcomes = await store.PutAsync(titles.Select(t => new TitleWrite(t, 0)).ToList());
        Assert.All(outcomes, o => Assert.Equal(WriteStatus.Written, o.Status));
        Assert.Equal(300, (await store.ListByPlatformAsync("netflix")).Count);
        Assert.Equal(300, (await store.GetCountsAsync()).Titles);
    }

    [Fact]
    public async Task Hostile_strings_are_stored_verbatim()
    {
        var store = await CreateEmptyStoreAsync();
        var hostile = Us with { Name = "Robert'); DROP TABLE titles;--", Description = "\u0000\u202e\ud83c\udfac \" ' ` \\ <script>" };
        await store.PutAsync([new TitleWrite(hostile, 0)]);
        var read = await store.GetAsync(hostile.Id);
        Assert.Equal(hostile.Name, read!.Name);
        Assert.Equal(hostile.Description, read.Description);
    }

    protected static void AssertSameContent(Title expected, Title actual)
    {
        Assert.Equal(expected.Id, actual.Id);
        Assert.Equal(expected.Name, actual.Name);
        Assert.Equal(expected.Type, actual.Type);
        Assert.Equal(expected.ReleaseYear, actual.ReleaseYear);
        Assert.Equal(expected.Genres, actual.Genres);
        Assert.Equal(expected.MaturityRating, actual.MaturityRating);
        Assert.Equal(expected.MinAge, actual.MinAge);
        Assert.Equal(expected.RuntimeMinutes, actual.RuntimeMinutes);
        Assert.Equal(expected.Seasons, actual.Seasons);
        Assert.Equal(expected.Countries, actual.Countries);
        Assert.Equal(expected.Cast, actual.Cast);
        Assert.Equal(expected.Directors, actual.Directors);
        Assert.Equal(expected.Description, actual.Description);
        Assert.Equal(expected.Scores, actual.Scores);
        Assert.Equal(expected.Availability, actual.Availability);
        Assert.Equal(expected.Version, actual.Version);
    }
}
