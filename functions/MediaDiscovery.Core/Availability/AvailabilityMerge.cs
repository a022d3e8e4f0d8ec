using MediaDiscovery.Core.Catalog;

namespace MediaDiscovery.Core.Availability;

/// <summary>
/// Applies one title's observations to its stored availability, oldest first, without I/O: an observation changes
/// an entry only when it is newer than everything stored for it (<see cref="PlatformAvailability.ChangedAt"/> and
/// <see cref="PlatformAvailability.LastVerifiedAt"/>), so late or reordered deliveries never undo a newer state.
/// </summary>
internal static class AvailabilityMerge
{
    public static TitleMergeResult Apply(Title title, IEnumerable<AvailabilityObservation> observations, DateTimeOffset now)
    {
        var entries = title.Availability.ToDictionary(a => a.Platform, StringComparer.Ordinal);
        var result = new TitleMergeResult(title);
        foreach (var observation in observations.OrderBy(o => o.ObservedAt))
        {
            if (entries.TryGetValue(observation.Platform, out var entry))
                ApplyToEntry(entries, entry, observation, now, result);
            else
                AddEntry(entries, observation, now, result);
        }
        if (result.Modified)
            result.Title = title with { Availability = entries.Values.OrderBy(a => a.Platform, StringComparer.Ordinal).ToList() };
        return result;
    }

    private static void ApplyToEntry(
        Dictionary<string, PlatformAvailability> entries, PlatformAvailability entry, AvailabilityObservation observation, DateTimeOffset now, TitleMergeResult result)
    {
        var observedAt = observation.ObservedAt;
        var sameState = entry.Available == observation.Available
            && (!observation.Available || observation.PriceType is null || observation.PriceType == entry.PriceType);
        if (sameState)
        {
            result.Confirmed++;
            // An older confirmation says nothing new; a newer one refreshes the verification and ends staleness.
            if (observedAt > (entry.LastVerifiedAt ?? DateTimeOffset.MinValue))
            {
                entries[entry.Platform] = entry with
                {
                    LastVerifiedAt = observedAt,
                    Stale = false,
                    Url = observation.Available ? observation.Url ?? entry.Url : entry.Url,
                    Region = observation.Region ?? entry.Region,
                };
                result.Modified = true;
            }
            return;
        }
        if (observedAt <= StoredStateTime(entry))
        {
            result.Outdated++;
            return;
        }
        var kind = entry.Available == observation.Available
            ? AvailabilityChangeKind.PriceChanged
            : observation.Available ? AvailabilityChangeKind.Added : AvailabilityChangeKind.Removed;
        var updated = entry with
        {
            Available = observation.Available,
            Url = observation.Url ?? entry.Url,
            PriceType = observation.PriceType ?? entry.PriceType,
            Region = observation.Region ?? entry.Region,
            LastVerifiedAt = observedAt,
            ChangedAt = kind == AvailabilityChangeKind.PriceChanged ? entry.ChangedAt : observedAt,
            Stale = false,
        };
        entries[entry.Platform] = updated;
        result.Modified = true;
        result.Changes.Add(Change(observation, kind, entry.Available ? entry.PriceType : null, updated.Available ? updated.PriceType : null, now));
    }

    private static void AddEntry(
        Dictionary<string, PlatformAvailability> entries, AvailabilityObservation observation, DateTimeOffset now, TitleMergeResult result)
    {
        if (!observation.Available)
        {
            // Not there, as far as we knew already.
            result.Confirmed++;
            return;
        }
        if (string.IsNullOrEmpty(observation.ShowId))
        {
            // Without the platform's own id the entry could never be matched to its feed or webhooks again.
            result.MissingShowId = true;
            return;
        }
        var added = new PlatformAvailability
        {
            Platform = observation.Platform,
            ShowId = observation.ShowId,
            Available = true,
            DateAdded = DateOnly.FromDateTime(observation.ObservedAt.UtcDateTime),
            Url = observation.Url,
            PriceType = observation.PriceType ?? "subscription",
            Region = observation.Region ?? "US",
            LastVerifiedAt = observation.ObservedAt,
            ChangedAt = observation.ObservedAt,
        };
        entries[observation.Platform] = added;
        result.Modified = true;
        result.Changes.Add(Change(observation, AvailabilityChangeKind.Added, null, added.PriceType, now));
    }

    /// <summary>The latest moment any source vouched for the stored state.</summary>
    private static DateTimeOffset StoredStateTime(PlatformAvailability entry)
    {
        var changed = entry.ChangedAt ?? DateTimeOffset.MinValue;
        var verified = entry.LastVerifiedAt ?? DateTimeOffset.MinValue;
        return changed > verified ? changed : verified;
    }

    private static AvailabilityChange Change(
        AvailabilityObservation observation, AvailabilityChangeKind kind, string? priceBefore, string? priceAfter, DateTimeOffset now) =>
        new(AvailabilityChangeIds.For(observation), observation.TitleId, observation.Platform, kind, priceBefore, priceAfter,
            observation.ObservedAt, now, observation.Source);
}

/// <summary>What <see cref="AvailabilityMerge"/> made of one title's observations.</summary>
internal sealed class TitleMergeResult(Title title)
{
    /// <summary>The title to write (the stored one, with its version, when nothing changed).</summary>
    public Title Title { get; set; } = title;

    public bool Modified { get; set; }

    public List<AvailabilityChange> Changes { get; } = [];

    public int Confirmed { get; set; }

    public int Outdated { get; set; }

    /// <summary>An observation would have added an entry but carried no show id.</summary>
    public bool MissingShowId { get; set; }
}
