using System.Text.Json;

namespace MediaDiscovery.Functions.Recommendations;

/// <summary>
/// The members of a JSON request object read one by one with the JSON type each must have, so that a body with
/// several wrong members is answered with every one of them (bound records stop at the first). A member that is
/// absent or <c>null</c> reads as null; members the endpoint does not know are ignored (fields may be added).
/// </summary>
public sealed class JsonBodyFields
{
    private readonly Dictionary<string, JsonElement> members = new(StringComparer.Ordinal);

    private JsonBodyFields(Dictionary<string, string[]> errors) => Errors = errors;

    /// <summary>Problems found so far, keyed by member name (<c>body</c> for the body as a whole).</summary>
    public Dictionary<string, string[]> Errors { get; }

    /// <summary>The object's members; null (with an error) when the body is not a JSON object.</summary>
    public static JsonBodyFields? Open(JsonElement body)
    {
        var fields = new JsonBodyFields(new Dictionary<string, string[]>(StringComparer.Ordinal));
        if (body.ValueKind != JsonValueKind.Object)
        {
            fields.Errors["body"] = ["The body must be a JSON object."];
            return null;
        }
        foreach (var member in body.EnumerateObject())
        {
            // A repeated member means the sender and we may read different values: refuse rather than guess.
            if (!fields.members.TryAdd(member.Name, member.Value))
                fields.Errors[member.Name] = ["The member appears more than once."];
        }
        return fields;
    }

    public bool Has(string name) => members.TryGetValue(name, out var value) && value.ValueKind != JsonValueKind.Null;

    public string? String(string name, bool required = false)
    {
        if (!TryGet(name, required, out var value))
            return null;
        if (TryReadText(value, out var text))
            return text;
        Errors[name] = ["Expected a string (of valid Unicode text)."];
        return null;
    }

    public double? Number(string name)
    {
        if (!TryGet(name, required: false, out var value))
            return null;
        if (value.ValueKind == JsonValueKind.Number && value.TryGetDouble(out var number) && double.IsFinite(number))
            return number;
        Errors[name] = ["Expected a number."];
        return null;
    }

    public int? Integer(string name)
    {
        if (!TryGet(name, required: false, out var value))
            return null;
        if (value.ValueKind == JsonValueKind.Number && value.TryGetInt32(out var number))
            return number;
        Errors[name] = ["Expected an integer."];
        return null;
    }

    /// <summary>An array of strings, at most <paramref name="maxCount"/> of them.</summary>
    public IReadOnlyList<string>? Strings(string name, int maxCount)
    {
        if (!TryGet(name, required: false, out var value))
            return null;
        if (value.ValueKind != JsonValueKind.Array)
        {
            Errors[name] = ["Expected an array of strings."];
            return null;
        }
        if (value.GetArrayLength() > maxCount)
        {
            Errors[name] = [$"At most {maxCount} values."];
            return null;
        }
        var texts = new List<string>(value.GetArrayLength());
        foreach (var item in value.EnumerateArray())
        {
            if (!TryReadText(item, out var text))
            {
                Errors[name] = ["Expected an array of strings (of valid Unicode text)."];
                return null;
            }
            texts.Add(text);
        }
        return texts;
    }

    // JSON may escape a lone surrogate ("\ud800"), which is no text: GetString throws on it.
    private static bool TryReadText(JsonElement value, out string text)
    {
        text = "";
        if (value.ValueKind != JsonValueKind.String)
            return false;
        try
        {
            text = value.GetString()!;
            return true;
        }
        catch (InvalidOperationException)
        {
            return false;
        }
    }

    private bool TryGet(string name, bool required, out JsonElement value)
    {
        if (Errors.ContainsKey(name) || !members.TryGetValue(name, out value) || value.ValueKind == JsonValueKind.Null)
        {
            if (required && !Errors.ContainsKey(name))
                Errors[name] = ["Required."];
            value = default;
            return false;
        }
        return true;
    }
}
