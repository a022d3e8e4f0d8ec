using MediaDiscovery.Core.Availability;
using MediaDiscovery.Core.Users;

namespace MediaDiscovery.Core.Tests.Users;

/// <summary>Stores persist these names: every enum member needs one, distinct, and it must parse back.</summary>
public sealed class StoredNamesTests
{
    [Fact]
    public void Every_user_event_kind_round_trips_through_its_name()
    {
        var names = Enum.GetValues<UserEventKind>().Select(k => k.ToName()).ToList();
        Assert.Equal(["view", "rating", "watchlist-add", "watchlist-remove"], names);
        Assert.All(Enum.GetValues<UserEventKind>(), k => Assert.Equal(k, UserEventKindNames.Parse(k.ToName())));
        Assert.False(UserEventKindNames.TryParse("WatchlistAdd", out _));
        Assert.Throws<InvalidDataException>(() => UserEventKindNames.Parse("click"));
    }

    [Fact]
    public void Every_availability_change_kind_and_source_round_trips_through_its_name()
    {
        Assert.Equal(["added", "removed", "price-changed"], Enum.GetValues<AvailabilityChangeKind>().Select(k => k.ToName()));
        Assert.All(Enum.GetValues<AvailabilityChangeKind>(), k => Assert.Equal(k, AvailabilityChangeKindNames.Parse(k.ToName())));
        Assert.Equal(["feed", "sweep", "on-demand", "webhook"], Enum.GetValues<AvailabilitySource>().Select(s => s.ToName()));
        Assert.All(Enum.GetValues<AvailabilitySource>(), s => Assert.Equal(s, AvailabilitySourceNames.Parse(s.ToName())));
        Assert.False(AvailabilitySourceNames.TryParse(null, out _));
    }
}
