using System.Text.Json;
using MediaDiscovery.Core.Catalog;
using MediaDiscovery.Testing;

namespace MediaDiscovery.Embedded.Tests.Search;

/// <summary>The development queries of <c>../shared/eval/dev.jsonl</c> that name one expected title.</summary>
public static class DevSet
{
    public sealed record Query(string Id, string Kind, string Text, IReadOnlyList<(string Title, ContentType Type)> Expected);

    public static IReadOnlyList<Query> Load(string kind) =>
        Load(kind, Path.Combine(SharedData.Root ?? throw new InvalidOperationException(SharedData.MissingMessage), "eval", "dev.jsonl"));

    /// <summary>The queries of one kind in a file of the dev set's shape.</summary>
    public static IReadOnlyList<Query> Load(string kind, string path)
    {
        var queries = new List<Query>();
        foreach (var line in File.ReadLines(path).Where(l => !string.IsNullOrWhiteSpace(l)))
        {
            using var json = JsonDocument.Parse(line);
            var root = json.RootElement;
            if (root.GetProperty("kind").GetString() != kind)
                continue;
            var expected = !root.TryGetProperty("expect", out var expect) ? [] : expect.EnumerateArray()
                .Select(e => (TitleNormaliser.Normalise(e.GetProperty("title").GetString()),
                    e.GetProperty("type").GetString() == "series" ? ContentType.Series : ContentType.Movie))
                .ToList();
            queries.Add(new Query(root.GetProperty("id").GetString()!, kind, root.GetProperty("query").GetString()!, expected));
        }
        return queries;
    }

    /// <summary>The 1-based rank of the first expected title among the results, or 0 when absent.</summary>
    public static int RankOfExpected(Query query, IEnumerable<Title> results)
    {
        var rank = 0;
        foreach (var title in results)
        {
            rank++;
            if (query.Expected.Contains((TitleNormaliser.Normalise(title.Name), title.Type)))
                return rank;
        }
        return 0;
    }
}
