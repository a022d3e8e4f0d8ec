using System.Globalization;
using MediaDiscovery.Core.Recommendations;

namespace MediaDiscovery.Testing;

/// <summary>
/// Reads MovieLens <c>ratings.csv</c> (userId,movieId,rating,timestamp). The MovieLens license forbids product
/// use, so only tests and the evaluation command read it.
/// </summary>
public static class MovieLensRatings
{
    public static IReadOnlyList<Interaction> Read(string datasetDirectory) => ReadFile(Path.Combine(datasetDirectory, "ratings.csv"));

    /// <summary>A file in the <c>ratings.csv</c> format, header first.</summary>
    public static IReadOnlyList<Interaction> ReadFile(string path)
    {
        var result = new List<Interaction>();
        foreach (var line in File.ReadLines(path).Skip(1))
        {
            if (line.Length == 0)
                continue;
            var fields = line.Split(',');
            result.Add(new Interaction(
                int.Parse(fields[0], CultureInfo.InvariantCulture),
                int.Parse(fields[1], CultureInfo.InvariantCulture),
                float.Parse(fields[2], CultureInfo.InvariantCulture),
                long.Parse(fields[3], CultureInfo.InvariantCulture)));
        }
        return result;
    }
}
