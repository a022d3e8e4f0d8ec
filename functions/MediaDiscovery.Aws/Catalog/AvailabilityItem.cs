using Amazon.DynamoDBv2.Model;
using MediaDiscovery.Core.Catalog;

namespace MediaDiscovery.Aws.Catalog;

/// <summary>
/// An index item of the availability table: which title holds a <c>platform:show_id</c>. Only an index: the
/// title doc decides, so readers check the doc before trusting an item.
/// </summary>
internal static class AvailabilityItem
{
    public const string ExternalId = "externalId";
    public const string TitleId = "titleId";
    public const string Platform = "platform";
    public const string Available = "available";

    public static Dictionary<string, AttributeValue> Key(string externalId) =>
        new() { [ExternalId] = new AttributeValue { S = externalId } };

    public static Dictionary<string, AttributeValue> ToItem(string titleId, PlatformAvailability availability) => new()
    {
        [ExternalId] = new AttributeValue { S = availability.ExternalId },
        [TitleId] = new AttributeValue { S = titleId },
        [Platform] = new AttributeValue { S = availability.Platform },
        [Available] = new AttributeValue { BOOL = availability.Available },
    };

    public static string? TitleIdOf(Dictionary<string, AttributeValue>? item) =>
        item is not null && item.TryGetValue(TitleId, out var value) ? value.S : null;
}
