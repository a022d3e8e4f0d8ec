using System.Text.Json;
using MediaDiscovery.Core.Catalog;

namespace MediaDiscovery.Aws.Sqs;

/// <summary>A <see cref="ContentChange"/> as an SQS message body: one change per message, JSON.</summary>
public static class ContentChangeMessages
{
    public static string Serialize(ContentChange change) =>
        JsonSerializer.Serialize(change, SqsEventJsonContext.Default.ContentChange);

    /// <summary>The change a message carries; throws <see cref="JsonException"/> for a body that is not one.</summary>
    public static ContentChange Deserialize(string body) =>
        JsonSerializer.Deserialize(body, SqsEventJsonContext.Default.ContentChange)
        ?? throw new JsonException("The message body is null, not a content change.");
}
