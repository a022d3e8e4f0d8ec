using System.Text.Json;

namespace MediaDiscovery.Aws.Intent;

/// <summary>Finds the intent tool's input in a Converse response (<c>output.message.content[].toolUse</c>).</summary>
public static class ConverseResponse
{
    /// <summary>The tool's <c>input</c> object (cloned, so it outlives the document), or null when there is none.</summary>
    public static JsonElement? ToolInput(ReadOnlySpan<byte> body)
    {
        try
        {
            var reader = new Utf8JsonReader(body, new JsonReaderOptions { MaxDepth = 32 });
            using var doc = JsonDocument.ParseValue(ref reader);
            if (!doc.RootElement.TryGetProperty("output", out var output) || output.ValueKind != JsonValueKind.Object
                || !output.TryGetProperty("message", out var message) || message.ValueKind != JsonValueKind.Object
                || !message.TryGetProperty("content", out var content) || content.ValueKind != JsonValueKind.Array)
                return null;
            foreach (var block in content.EnumerateArray())
            {
                if (block.ValueKind == JsonValueKind.Object && block.TryGetProperty("toolUse", out var toolUse)
                    && toolUse.ValueKind == JsonValueKind.Object
                    && toolUse.TryGetProperty("name", out var name) && name.ValueEquals(IntentTool.Name)
                    && toolUse.TryGetProperty("input", out var input) && input.ValueKind == JsonValueKind.Object)
                    return input.Clone();
            }
            return null;
        }
        catch (JsonException)
        {
            return null;
        }
    }
}
