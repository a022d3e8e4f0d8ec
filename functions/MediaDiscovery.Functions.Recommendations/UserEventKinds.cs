using MediaDiscovery.Core.Users;

namespace MediaDiscovery.Functions.Recommendations;

/// <summary>The wire names of <see cref="UserEventKind"/>: <c>view</c>, <c>rating</c>, <c>watchlist-add</c>, <c>watchlist-remove</c>.</summary>
public static class UserEventKinds
{
    public static readonly IReadOnlyList<string> WireNames = ["view", "rating", "watchlist-add", "watchlist-remove"];

    public static string ToWire(this UserEventKind kind) => kind switch
    {
        UserEventKind.View => "view",
        UserEventKind.Rating => "rating",
        UserEventKind.WatchlistAdd => "watchlist-add",
        UserEventKind.WatchlistRemove => "watchlist-remove",
        _ => throw new ArgumentOutOfRangeException(nameof(kind), kind, null),
    };

    public static bool TryParseWire(string? wire, out UserEventKind kind)
    {
        (var known, kind) = wire switch
        {
            "view" => (true, UserEventKind.View),
            "rating" => (true, UserEventKind.Rating),
            "watchlist-add" => (true, UserEventKind.WatchlistAdd),
            "watchlist-remove" => (true, UserEventKind.WatchlistRemove),
            _ => (false, default),
        };
        return known;
    }
}
