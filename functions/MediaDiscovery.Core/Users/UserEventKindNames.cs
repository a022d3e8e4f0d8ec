namespace MediaDiscovery.Core.Users;

/// <summary>
/// The wire names of <see cref="UserEventKind"/>, also the names stores persist (so renaming an enum member never
/// breaks stored data).
/// </summary>
public static class UserEventKindNames
{
    public const string View = "view";
    public const string Rating = "rating";
    public const string WatchlistAdd = "watchlist-add";
    public const string WatchlistRemove = "watchlist-remove";

    public static string ToName(this UserEventKind kind) => kind switch
    {
        UserEventKind.View => View,
        UserEventKind.Rating => Rating,
        UserEventKind.WatchlistAdd => WatchlistAdd,
        UserEventKind.WatchlistRemove => WatchlistRemove,
        _ => throw new ArgumentOutOfRangeException(nameof(kind), kind, "Unknown user event kind."),
    };

    public static bool TryParse(string? name, out UserEventKind kind)
    {
        (var known, kind) = name switch
        {
            View => (true, UserEventKind.View),
            Rating => (true, UserEventKind.Rating),
            WatchlistAdd => (true, UserEventKind.WatchlistAdd),
            WatchlistRemove => (true, UserEventKind.WatchlistRemove),
            _ => (false, default),
        };
        return known;
    }

    /// <summary>For names read back from storage, where an unknown one means corrupt data.</summary>
    public static UserEventKind Parse(string name) =>
        TryParse(name, out var kind) ? kind : throw new InvalidDataException($"'{name}' is not a user event kind.");
}
