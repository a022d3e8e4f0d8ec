using MediaDiscovery.Core.Catalog;

namespace MediaDiscovery.Core.Availability.Feed;

/// <summary>A page of the changes feed: empty sets mean "any".</summary>
/// <param name="After">The last entry of the previous page, or null for the first page.</param>
public sealed record FeedQuery(
    IReadOnlySet<string> Platforms,
    IReadOnlySet<FeedChangeKind> Kinds,
    IReadOnlySet<ContentType> Types,
    DateTimeOffset? Since,
    int Limit,
    FeedPosition? After = null)
{
    public bool Matches(FeedEntry entry) =>
        (Platforms.Count == 0 || Platforms.Contains(entry.Platform))
        && (Kinds.Count == 0 || Kinds.Contains(entry.Kind))
        && (Types.Count == 0 || Types.Contains(entry.Type))
        && (Since is null || entry.At >= Since);
}
