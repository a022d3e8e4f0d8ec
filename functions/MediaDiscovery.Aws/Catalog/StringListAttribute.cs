using Amazon.DynamoDBv2.Model;

namespace MediaDiscovery.Aws.Catalog;

/// <summary>
/// Lists of strings as DynamoDB <c>L</c> attributes. Empty lists are left out of the item rather than stored,
/// so reading a missing attribute yields an empty list.
/// </summary>
internal static class StringListAttribute
{
    public static void SetIfAny(Dictionary<string, AttributeValue> item, string name, IEnumerable<string> values)
    {
        var list = values.Select(v => new AttributeValue { S = v }).ToList();
        if (list.Count > 0)
            item[name] = new AttributeValue { L = list };
    }

    public static IReadOnlyList<string> Read(Dictionary<string, AttributeValue>? item, string name) =>
        item is not null && item.TryGetValue(name, out var value) && value.L is { } list
            ? list.Select(v => v.S).OfType<string>().ToList()
            : [];
}
