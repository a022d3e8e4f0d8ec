using System.Text.Json.Serialization;

namespace MediaDiscovery.Core.Catalog;

/// <summary>
/// How a <see cref="Title"/> is persisted as a document (SQLite column, DynamoDB attribute): source-generated,
/// camelCase, enums as strings. Not the HTTP wire shape, which the functions define.
/// </summary>
[JsonSourceGenerationOptions(
    PropertyNamingPolicy = JsonKnownNamingPolicy.CamelCase,
    DefaultIgnoreCondition = JsonIgnoreCondition.WhenWritingNull,
    UseStringEnumConverter = true)]
[JsonSerializable(typeof(Title))]
[JsonSerializable(typeof(List<Title>))]
public sealed partial class CatalogJsonContext : JsonSerializerContext;
