using System.Globalization;
using Amazon.DynamoDBv2.Model;

namespace MediaDiscovery.Aws.Storage;

/// <summary>Numbers as DynamoDB <c>N</c> values, written so they read back to the same double.</summary>
internal static class DynamoDbNumbers
{
    public static AttributeValue Of(double value) => new() { N = value.ToString("R", CultureInfo.InvariantCulture) };

    public static AttributeValue Of(int value) => new() { N = value.ToString(CultureInfo.InvariantCulture) };

    public static double? DoubleOf(Dictionary<string, AttributeValue> item, string name) =>
        item.TryGetValue(name, out var value) && value.N is { } n ? double.Parse(n, CultureInfo.InvariantCulture) : null;

    public static int? IntOf(Dictionary<string, AttributeValue> item, string name) =>
        item.TryGetValue(name, out var value) && value.N is { } n ? int.Parse(n, CultureInfo.InvariantCulture) : null;
}
