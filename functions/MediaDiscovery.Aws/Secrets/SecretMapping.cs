using System.Text.Json;

namespace MediaDiscovery.Aws.Secrets;

/// <summary>How one secret's value becomes configuration: under which key, and whether it is a JSON object or a list.</summary>
public sealed record SecretMapping(string SecretArn, string TargetSection, SecretShape Shape)
{
    /// <summary>The configuration entries the secret's value gives.</summary>
    public IEnumerable<KeyValuePair<string, string?>> Map(string secret) => Shape switch
    {
        SecretShape.SpaceSeparatedList => secret
            .Split((char[]?)null, StringSplitOptions.RemoveEmptyEntries)
            .Select((value, i) => KeyValuePair.Create($"{TargetSection}:{i}", (string?)value)),
        _ => Flatten(secret),
    };

    private IEnumerable<KeyValuePair<string, string?>> Flatten(string secret)
    {
        JsonDocument document;
        try
        {
            document = JsonDocument.Parse(secret);
        }
        catch (JsonException e)
        {
            throw new SecretsManagerException($"Secret {SecretArn} is not JSON (expected an object for {TargetSection}): {e.Message}", e);
        }
        using (document)
        {
            if (document.RootElement.ValueKind != JsonValueKind.Object)
                throw new SecretsManagerException($"Secret {SecretArn} is not a JSON object (expected one for {TargetSection}).");
            var entries = new List<KeyValuePair<string, string?>>();
            Flatten(document.RootElement, TargetSection, entries);
            return entries;
        }
    }

    private static void Flatten(JsonElement element, string path, List<KeyValuePair<string, string?>> entries)
    {
        switch (element.ValueKind)
        {
            case JsonValueKind.Object:
                foreach (var property in element.EnumerateObject())
                    Flatten(property.Value, $"{path}:{property.Name}", entries);
                break;
            case JsonValueKind.Array:
                var i = 0;
                foreach (var item in element.EnumerateArray())
                    Flatten(item, $"{path}:{i++}", entries);
                break;
            case JsonValueKind.String:
                entries.Add(KeyValuePair.Create(path, element.GetString()));
                break;
            case JsonValueKind.Null:
                entries.Add(KeyValuePair.Create(path, (string?)null));
                break;
            default:
                entries.Add(KeyValuePair.Create(path, (string?)element.GetRawText()));
                break;
        }
    }
}

public enum SecretShape
{
    /// <summary>A JSON object, flattened under the target section (<c>{"netflix":{"apiKey":"k"}}</c> → <c>…:netflix:apiKey</c>).</summary>
    JsonObject,

    /// <summary>Space-separated values, as <c>:0</c>, <c>:1</c>… (webhook secrets during a rotation).</summary>
    SpaceSeparatedList,
}
