using System.Text.Json.Serialization;
using MediaDiscovery.Core.Catalog;

namespace MediaDiscovery.Aws.Sqs;

/// <summary>
/// The Lambda SQS event, the partial-batch response, and the body of a content-change message (camelCase, enums as
/// their names), source-generated.
/// </summary>
[JsonSourceGenerationOptions(
    PropertyNamingPolicy = JsonKnownNamingPolicy.CamelCase,
    UseStringEnumConverter = true,
    DefaultIgnoreCondition = JsonIgnoreCondition.WhenWritingNull)]
[JsonSerializable(typeof(SqsEvent))]
[JsonSerializable(typeof(SqsBatchResponse))]
[JsonSerializable(typeof(ContentChange))]
public sealed partial class SqsEventJsonContext : JsonSerializerContext;
