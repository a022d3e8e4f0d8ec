namespace MediaDiscovery.Core.Availability.Feed;

/// <summary>What the changes feed says about a title on a platform. Wire names: <c>added</c>, <c>removed</c>, <c>expiring</c>.</summary>
public enum FeedChangeKind
{
    Added,
    Removed,
    Expiring,
}

public static class FeedChangeKindNames
{
    public static string ToName(this FeedChangeKind kind) => kind switch
    {
        FeedChangeKind.Added => "added",
        FeedChangeKind.Removed => "removed",
        _ => "expiring",
    };

    public static bool TryParse(string? name, out FeedChangeKind kind)
    {
        switch (name)
        {
            case "added": kind = FeedChangeKind.Added; return true;
            case "removed": kind = FeedChangeKind.Removed; return true;
            case "expiring": kind = FeedChangeKind.Expiring; return true;
            default: kind = default; return false;
        }
    }
}
