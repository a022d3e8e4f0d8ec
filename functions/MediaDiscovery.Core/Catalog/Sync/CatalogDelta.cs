using MediaDiscovery.Core.Ports;

namespace MediaDiscovery.Core.Catalog.Sync;

/// <summary>The writes and change events that bring the store from its stored titles to the feeds' titles.</summary>
public sealed record DeltaPlan(
    IReadOnlyList<TitleWrite> Writes,
    IReadOnlyList<ContentChange> Changes,
    int Added,
    int Updated,
    int Unchanged,
    int AvailabilityAdded,
    int AvailabilityRemoved);

/// <summary>
/// Computes a catalog delta, purely. Only platforms whose feeds were read successfully are touched: a title
/// that left such a feed keeps its record but its availability there ends; availability on every other
/// platform stays as last known. Stored ids win over computed ones (matched through external ids), so ids
/// survive a title's key drifting (a year corrected, a platform leaving).
/// </summary>
public static class CatalogDelta
{
    public static DeltaPlan Compute(
        IReadOnlyList<Title> stored,
        IReadOnlyList<Title> targets,
        IReadOnlySet<string> syncedPlatforms,
        DateTimeOffset now,
        string source)
    {
        var storedById = stored.ToDictionary(t => t.Id, StringComparer.Ordinal);
        var ownerOfExternalId = new Dictionary<string, string>(StringComparer.Ordinal);
        foreach (var title in stored)
            foreach (var a in title.Availability)
                ownerOfExternalId.TryAdd(a.ExternalId, title.Id);
        var targetExternalIds = targets.SelectMany(t => t.Availability).Select(a => a.ExternalId).ToHashSet(StringComparer.Ordinal);

        var builder = new PlanBuilder(now, source);
        var claimed = new HashSet<string>(StringComparer.Ordinal);
        foreach (var target in targets)
        {
            var existing = ResolveStored(target, storedById, ownerOfExternalId, claimed);
            if (existing is null)
            {
                var id = claimed.Contains(target.Id) || storedById.ContainsKey(target.Id) ? AlternateId(target) : target.Id;
                claimed.Add(id);
                builder.AddNew(target with { Id = id, Version = 0, Availability = Stamp(target.Availability, now) });
                continue;
            }
            claimed.Add(existing.Id);
            var availability = MergeAvailability(existing, target.Availability, syncedPlatforms, targetExternalIds, now);
            // Content merged from only some platforms' feeds is partial: while a platform that carries the title
            // was not read, keep the stored content and change availability alone.
            var content = existing.Availability.Any(a => a.Available && !syncedPlatforms.Contains(a.Platform))
                ? existing
                : target with { Id = existing.Id, Version = existing.Version };
            builder.AddExisting(existing, content with { Availability = availability });
        }

        foreach (var title in stored)
        {
            if (claimed.Contains(title.Id))
                continue;
            var availability = MergeAvailability(title, [], syncedPlatforms, targetExternalIds, now);
            builder.AddExisting(title, title with { Availability = availability });
        }
        return builder.Build();
    }

    private static Title? ResolveStored(
        Title target,
        Dictionary<string, Title> storedById,
        Dictionary<string, string> ownerOfExternalId,
        HashSet<string> claimed)
    {
        foreach (var a in target.Availability)
        {
            if (ownerOfExternalId.TryGetValue(a.ExternalId, out var id) && !claimed.Contains(id))
                return storedById[id];
        }
        return storedById.TryGetValue(target.Id, out var sameKey) && !claimed.Contains(sameKey.Id) && !HasAvailableOverlapElsewhere(sameKey, target)
            ? sameKey
            : null;
    }

    // A stored title with the same key but listed under other show ids on the same platforms is a different
    // entry of those platforms, not this one.
    private static bool HasAvailableOverlapElsewhere(Title stored, Title target) =>
        stored.Availability.Any(s => s.Available && target.Availability.Any(t => t.Platform == s.Platform && t.ShowId != s.ShowId));

    private static string AlternateId(Title target) =>
        TitleIds.For($"{target.Name} {target.Availability.FirstOrDefault()?.ExternalId}", target.Type, target.ReleaseYear);

    private static List<PlatformAvailability> Stamp(IReadOnlyList<PlatformAvailability> entries, DateTimeOffset now) =>
        entries.Select(a => a with { Available = true, LastVerifiedAt = now, ChangedAt = now }).ToList();

    private static List<PlatformAvailability> MergeAvailability(
        Title existing,
        IReadOnlyList<PlatformAvailability> fromFeeds,
        IReadOnlySet<string> syncedPlatforms,
        HashSet<string> targetExternalIds,
        DateTimeOffset now)
    {
        var result = new List<PlatformAvailability>();
        foreach (var old in existing.Availability)
        {
            if (!syncedPlatforms.Contains(old.Platform))
            {
                result.Add(old);
                continue;
            }
            var incoming = fromFeeds.FirstOrDefault(a => a.Platform == old.Platform);
            if (incoming is not null)
                result.Add(Confirm(old, incoming, now));
            else if (targetExternalIds.Contains(old.ExternalId))
                continue; // the feed now files this entry under another title: it moves there
            else
                result.Add(old.Available ? old with { Available = false, ChangedAt = now, LastVerifiedAt = now } : old);
        }
        foreach (var incoming in fromFeeds)
        {
            if (!existing.Availability.Any(a => a.Platform == incoming.Platform))
                result.Add(incoming with { Available = true, LastVerifiedAt = now, ChangedAt = now });
        }
        result.Sort((a, b) => string.CompareOrdinal(a.Platform, b.Platform));
        return result;
    }

    // An entry the feed still lists keeps its history (times, url, price) unless it had ended.
    private static PlatformAvailability Confirm(PlatformAvailability old, PlatformAvailability incoming, DateTimeOffset now) =>
        old.Available
            ? old with { ShowId = incoming.ShowId, DateAdded = incoming.DateAdded }
            : old with { ShowId = incoming.ShowId, DateAdded = incoming.DateAdded, Available = true, ChangedAt = now, LastVerifiedAt = now, Stale = false };

    private sealed class PlanBuilder(DateTimeOffset now, string source)
    {
        private readonly List<TitleWrite> writes = [];
        private readonly List<ContentChange> changes = [];
        private int added;
        private int updated;
        private int unchanged;
        private int availabilityAdded;
        private int availabilityRemoved;

        public void AddNew(Title title)
        {
            writes.Add(new TitleWrite(title, 0));
            changes.Add(new ContentChange(title.Id, ContentChangeKind.TitleAdded, null, now, source));
            added++;
            foreach (var a in title.Availability)
                Record(title.Id, ContentChangeKind.AvailabilityAdded, a.Platform);
        }

        public void AddExisting(Title before, Title after)
        {
            var contentChanged = !TitleContent.SameContent(before, after);
            var availabilityChanged = !before.Availability.SequenceEqual(after.Availability);
            if (!contentChanged && !availabilityChanged)
            {
                unchanged++;
                return;
            }
            writes.Add(new TitleWrite(after, before.Version));
            if (contentChanged)
            {
                updated++;
                changes.Add(new ContentChange(after.Id, ContentChangeKind.TitleUpdated, null, now, source));
            }
            RecordAvailabilityChanges(before, after);
        }

        private void RecordAvailabilityChanges(Title before, Title after)
        {
            foreach (var a in after.Availability)
            {
                var old = before.Availability.FirstOrDefault(b => b.Platform == a.Platform);
                if (a.Available && old is not { Available: true })
                    Record(after.Id, ContentChangeKind.AvailabilityAdded, a.Platform);
                else if (!a.Available && old is { Available: true })
                    Record(after.Id, ContentChangeKind.AvailabilityRemoved, a.Platform);
            }
            foreach (var old in before.Availability)
            {
                if (old.Available && !after.Availability.Any(a => a.Platform == old.Platform))
                    Record(after.Id, ContentChangeKind.AvailabilityRemoved, old.Platform);
            }
        }

        private void Record(string titleId, ContentChangeKind kind, string platform)
        {
            if (kind == ContentChangeKind.AvailabilityAdded)
                availabilityAdded++;
            else
                availabilityRemoved++;
            changes.Add(new ContentChange(titleId, kind, platform, now, source));
        }

        public DeltaPlan Build() => new(writes, changes, added, updated, unchanged, availabilityAdded, availabilityRemoved);
    }
}
