namespace MediaDiscovery.Core.Users;

/// <summary>What a person did with a title. Wire names: <c>view</c>, <c>rating</c>, <c>watchlist-add</c>, <c>watchlist-remove</c>.</summary>
public enum UserEventKind
{
    View,
    Rating,
    WatchlistAdd,
    WatchlistRemove,
}
