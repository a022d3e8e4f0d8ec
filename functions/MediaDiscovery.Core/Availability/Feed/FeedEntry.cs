using MediaDiscovery.Core.Catalog;

namespace MediaDiscovery.Core.Availability.Feed;

/// <summary>
/// One line of the changes feed: a title arrived on, left, or is leaving a platform.
/// </summary>
/// <param name="At">When it happened (for <see cref="FeedChangeKind.Expiring"/>: when the leaving date was announced).</param>
/// <param name="LeavesOn">For <see cref="FeedChangeKind.Expiring"/>, the last day on the platform, where the data has it.</param>
/// <param name="Source"><c>catalog</c> (the feed's <c>date_added</c>), or who recorded the change: <c>webhook</c>, <c>sweep</c>, <c>on-demand</c>, <c>feed</c>.</param>
public sealed record FeedEntry(DateTimeOffset At, string TitleId, string Platform, FeedChangeKind Kind, ContentType Type, DateOnly? LeavesOn, string Source)
{
    public FeedPosition Position => new(At.UtcTicks, TitleId, Platform, Kind);
}
