using Amazon.DynamoDBv2.Model;
using MediaDiscovery.Aws.Storage;
using MediaDiscovery.Core.Availability;
using static MediaDiscovery.Aws.Availability.DynamoDbAvailabilityChangeSchema;

namespace MediaDiscovery.Aws.Availability;

/// <summary>An item of the availability changes table and back.</summary>
internal static class AvailabilityChangeItem
{
    public const string Platform = "platform";
    public const string Kind = "kind";
    public const string PriceTypeBefore = "priceTypeBefore";
    public const string PriceTypeAfter = "priceTypeAfter";
    public const string OccurredAt = "occurredAt";
    public const string RecordedAt = "recordedAt";
    public const string Source = "source";

    public static Dictionary<string, AttributeValue> ToItem(AvailabilityChange c)
    {
        var item = new Dictionary<string, AttributeValue>
        {
            [TitleId] = S(c.TitleId),
            [ChangeId] = S(c.ChangeId),
            [OccurredKey] = S(SortableTime.Key(c.OccurredAt, c.ChangeId)),
            [Platform] = S(c.Platform),
            [Kind] = S(c.Kind.ToName()),
            [OccurredAt] = S(SortableTime.Of(c.OccurredAt)),
            [RecordedAt] = S(SortableTime.Of(c.RecordedAt)),
            [Source] = S(c.Source.ToName()),
        };
        if (c.PriceTypeBefore is { } before)
            item[PriceTypeBefore] = S(before);
        if (c.PriceTypeAfter is { } after)
            item[PriceTypeAfter] = S(after);
        return item;
    }

    public static AvailabilityChange FromItem(Dictionary<string, AttributeValue> item) => new(
        item[ChangeId].S,
        item[TitleId].S,
        item[Platform].S,
        AvailabilityChangeKindNames.Parse(item[Kind].S),
        item.TryGetValue(PriceTypeBefore, out var before) ? before.S : null,
        item.TryGetValue(PriceTypeAfter, out var after) ? after.S : null,
        SortableTime.Parse(item[OccurredAt].S),
        SortableTime.Parse(item[RecordedAt].S),
        AvailabilitySourceNames.Parse(item[Source].S));

    public static AttributeValue S(string value) => new() { S = value };
}
