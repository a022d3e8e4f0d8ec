namespace MediaDiscovery.Core.Availability.Feed;

/// <summary>
/// Where an entry sits in the feed's order (newest first, then title, platform and kind): a page ends at one and the
/// next page starts after it, so entries that arrive meanwhile never shift or repeat a page (keyset paging).
/// </summary>
public sealed record FeedPosition(long AtTicks, string TitleId, string Platform, FeedChangeKind Kind) : IComparable<FeedPosition>
{
    /// <summary>Negative when this comes first in the feed.</summary>
    public int CompareTo(FeedPosition? other)
    {
        if (other is null)
            return -1;
        var c = other.AtTicks.CompareTo(AtTicks); // newest first
        if (c == 0)
            c = string.CompareOrdinal(TitleId, other.TitleId);
        if (c == 0)
            c = string.CompareOrdinal(Platform, other.Platform);
        return c != 0 ? c : Kind.CompareTo(other.Kind);
    }
}
