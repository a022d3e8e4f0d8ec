namespace MediaDiscovery.Core.Users;

/// <summary>A title on a person's watchlist, and when it was (last) added.</summary>
public sealed record WatchlistEntry(string TitleId, DateTimeOffset AddedAt);
