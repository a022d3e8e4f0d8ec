namespace MediaDiscovery.Core.Availability.Feed;

/// <summary>The entries of one page and, when more match, the position the next page starts after.</summary>
public sealed record FeedPage(IReadOnlyList<FeedEntry> Entries, FeedPosition? Next);
