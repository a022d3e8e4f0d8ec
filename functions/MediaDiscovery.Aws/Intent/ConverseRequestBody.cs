using System.Text.Json;
using MediaDiscovery.Core.Catalog.Ingestion;

namespace MediaDiscovery.Aws.Intent;

/// <summary>
/// The body of a Bedrock Runtime Converse request: the query as the one user message, the system prompt,
/// temperature 0, and the intent tool with <c>toolChoice</c> forcing it.
/// </summary>
public static class ConverseRequestBody
{
    public static byte[] Write(string query, CatalogTaxonomy taxonomy, BedrockIntentOptions options, int currentYear)
    {
        using var buffer = new MemoryStream();
        using (var w = new Utf8JsonWriter(buffer))
        {
            w.WriteStartObject();
            w.WriteStartArray("messages");
            w.WriteStartObject();
            w.WriteString("role", "user");
            w.WriteStartArray("content");
            w.WriteStartObject();
            w.WriteString("text", query);
            w.WriteEndObject();
            w.WriteEndArray();
            w.WriteEndObject();
            w.WriteEndArray();

            w.WriteStartArray("system");
            w.WriteStartObject();
            w.WriteString("text", IntentTool.SystemPrompt(taxonomy, currentYear));
            w.WriteEndObject();
            w.WriteEndArray();

            w.WriteStartObject("inferenceConfig");
            w.WriteNumber("maxTokens", options.MaxTokens);
            w.WriteNumber("temperature", 0);
            w.WriteEndObject();

            WriteToolConfig(w, taxonomy);
            w.WriteEndObject();
        }
        return buffer.ToArray();
    }

    private static void WriteToolConfig(Utf8JsonWriter w, CatalogTaxonomy taxonomy)
    {
        w.WriteStartObject("toolConfig");
        w.WriteStartArray("tools");
        w.WriteStartObject();
        w.WriteStartObject("toolSpec");
        w.WriteString("name", IntentTool.Name);
        w.WriteString("description", IntentTool.Description);
        w.WriteStartObject("inputSchema");
        w.WritePropertyName("json");
        IntentTool.WriteSchema(w, taxonomy);
        w.WriteEndObject();
        w.WriteEndObject();
        w.WriteEndObject();
        w.WriteEndArray();
        w.WriteStartObject("toolChoice");
        w.WriteStartObject("tool");
        w.WriteString("name", IntentTool.Name);
        w.WriteEndObject();
        w.WriteEndObject();
        w.WriteEndObject();
    }
}
