namespace MediaDiscovery.Testing;

/// <summary>Reads MovieLens <c>movies.csv</c> (movieId,title,genres): each movie's genres (<c>(no genres listed)</c> = none).</summary>
public static class MovieLensMovies
{
    public static IReadOnlyDictionary<int, string[]> ReadGenres(string datasetDirectory)
    {
        var result = new Dictionary<int, string[]>();
        foreach (var line in File.ReadLines(Path.Combine(datasetDirectory, "movies.csv")).Skip(1))
        {
            if (line.Length == 0)
                continue;
            // The title may hold quoted commas; the id is the first field and the genres the last.
            var id = int.Parse(line.AsSpan(0, line.IndexOf(',', StringComparison.Ordinal)), System.Globalization.CultureInfo.InvariantCulture);
            var genres = line[(line.LastIndexOf(',') + 1)..];
            result[id] = genres == "(no genres listed)" ? [] : genres.Split('|');
        }
        return result;
    }
}
