using System.Text.Json;

namespace MediaDiscovery.Evaluation;

/// <summary>One line of <c>eval/dev.jsonl</c>.</summary>
public sealed record DevQuery(string Id, string Kind, string Query, JsonElement? Slots, IReadOnlyList<ExpectedTitle> Expect, string? Intent);

public sealed record ExpectedTitle(string Title, string Type);

public static class DevSet
{
    public static IReadOnlyList<DevQuery> Load(string path) => File.ReadLines(path)
        .Where(l => !string.IsNullOrWhiteSpace(l))
        .Select(Parse)
        .ToList();

    private static DevQuery Parse(string line)
    {
        using var doc = JsonDocument.Parse(line);
        var root = doc.RootElement;
        var expect = root.TryGetProperty("expect", out var e)
            ? e.EnumerateArray().Select(x => new ExpectedTitle(x.GetProperty("title").GetString()!, x.GetProperty("type").GetString()!)).ToList()
            : [];
        return new DevQuery(
            root.GetProperty("id").GetString()!,
            root.GetProperty("kind").GetString()!,
            root.GetProperty("query").GetString()!,
            root.TryGetProperty("slots", out var s) ? s.Clone() : null,
            expect,
            root.TryGetProperty("intent", out var i) ? i.GetString() : null);
    }
}
