using System.Globalization;
using System.Text.Json;
using Amazon.DynamoDBv2.Model;
using MediaDiscovery.Core.Catalog;

namespace MediaDiscovery.Aws.Catalog;

/// <summary>
/// A title as an item of the titles table: the JSON document is the source of truth; <c>version</c> carries the
/// optimistic concurrency; the derived lists serve the counts scan and index maintenance without parsing docs.
/// </summary>
internal static class TitleItem
{
    public const string Id = "id";
    public const string Version = "version";
    public const string Doc = "doc";
    public const string Genres = "genres";

    /// <summary>Platforms on which the title is currently available.</summary>
    public const string AvailableOn = "availableOn";

    /// <summary>Every <c>platform:show_id</c> of the title, available or not (what the index should hold).</summary>
    public const string ExternalIds = "externalIds";

    public static Dictionary<string, AttributeValue> Key(string id) => new() { [Id] = new AttributeValue { S = id } };

    public static Dictionary<string, AttributeValue> ToItem(Title title, long version)
    {
        var stored = title with { Version = version };
        var item = new Dictionary<string, AttributeValue>
        {
            [Id] = new AttributeValue { S = title.Id },
            [Version] = VersionValue(version),
            [Doc] = new AttributeValue { S = JsonSerializer.Serialize(stored, CatalogJsonContext.Default.Title) },
        };
        StringListAttribute.SetIfAny(item, Genres, title.Genres);
        StringListAttribute.SetIfAny(item, AvailableOn, title.Availability.Where(a => a.Available).Select(a => a.Platform).Distinct());
        StringListAttribute.SetIfAny(item, ExternalIds, title.Availability.Select(a => a.ExternalId));
        return item;
    }

    /// <summary>The title in the item, or null when the item is missing or is not a title.</summary>
    public static Title? FromItem(Dictionary<string, AttributeValue>? item)
    {
        if (item is null || !item.TryGetValue(Doc, out var doc) || doc.S is null)
            return null;
        var title = JsonSerializer.Deserialize(doc.S, CatalogJsonContext.Default.Title);
        // The version attribute is what conditions check, so it wins over the copy inside the doc.
        return title is null ? null : title with { Version = VersionOf(item) };
    }

    /// <summary>The stored version; 0 when there is no item.</summary>
    public static long VersionOf(Dictionary<string, AttributeValue>? item) =>
        item is not null && item.TryGetValue(Version, out var value) && value.N is { } n
            ? long.Parse(n, NumberStyles.Integer, CultureInfo.InvariantCulture)
            : 0;

    public static AttributeValue VersionValue(long version) =>
        new() { N = version.ToString(CultureInfo.InvariantCulture) };
}
