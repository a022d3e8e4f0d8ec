using System.Globalization;
using System.Net.Http.Json;
using System.Text.Json;
using MediaDiscovery.Testing;

namespace MediaDiscovery.Evaluation;

/// <summary>
/// How well <c>GET /api/v1/content/{id}/similar</c> finds what the same people liked: for catalog titles linked to
/// MovieLens with enough fans (users rating them 4 or more), the reference is the 20 linked titles most liked by the
/// same fans (cosine over fan sets), and the figure is recall@10 of the served list against it, plus how many served
/// titles share the seed's type and a genre. A proxy for "people who liked this also liked", the relation TMDB's and
/// Trakt's related lists approximate; it is not a preference the product was trained on for this purpose.
/// </summary>
public static class SimilarEvaluationCommand
{
    private const int Reference = 20;
    private const int Served = 10;

    public static async Task<int> RunAsync(string[] args)
    {
        var options = new CommandLine(args);
        var catalog = options.Require("catalog");
        var movieLens = options.Require("movielens");
        var seeds = int.Parse(options.Get("seeds") ?? "300", CultureInfo.InvariantCulture);
        var minFans = int.Parse(options.Get("min-fans") ?? "25", CultureInfo.InvariantCulture);
        using var http = new HttpClient { BaseAddress = new Uri(options.Get("base") ?? "http://127.0.0.1:5080") };

        var link = await AudienceLink.BuildAsync(catalog, movieLens);
        var fans = MovieLensRatings.Read(movieLens)
            .Where(r => r.Weight >= 4 && link.ContainsKey(r.ItemId))
            .GroupBy(r => link[r.ItemId], StringComparer.Ordinal)
            .ToDictionary(g => g.Key, g => g.Select(r => r.UserId).ToHashSet(), StringComparer.Ordinal);
        var chosen = fans.Where(f => f.Value.Count >= minFans).OrderByDescending(f => f.Value.Count).ThenBy(f => f.Key, StringComparer.Ordinal)
            .Take(seeds).Select(f => f.Key).ToList();

        double recall = 0, sameType = 0, sharedGenre = 0;
        var served = 0;
        foreach (var seed in chosen)
        {
            var reference = fans.Where(f => f.Key != seed)
                .Select(f => (Id: f.Key, Score: f.Value.Count(fans[seed].Contains) / Math.Sqrt((double)f.Value.Count * fans[seed].Count)))
                .Where(f => f.Score > 0).OrderByDescending(f => f.Score).ThenBy(f => f.Id, StringComparer.Ordinal)
                .Take(Reference).Select(f => f.Id).ToHashSet(StringComparer.Ordinal);
            var title = await http.GetFromJsonAsync<JsonElement>($"/api/v1/content/{seed}");
            var list = await http.GetFromJsonAsync<JsonElement>($"/api/v1/content/{seed}/similar?limit={Served}");
            var results = list.GetProperty("results").EnumerateArray().ToList();
            recall += results.Count(r => reference.Contains(r.GetProperty("id").GetString()!)) / (double)Math.Min(Served, Math.Max(1, reference.Count));
            var genres = title.GetProperty("genres").EnumerateArray().Select(g => g.GetString()).ToHashSet();
            sameType += results.Count(r => r.GetProperty("type").GetString() == title.GetProperty("type").GetString());
            sharedGenre += results.Count(r => r.GetProperty("genres").EnumerateArray().Any(g => genres.Contains(g.GetString())));
            served += results.Count;
        }
        Console.WriteLine(string.Create(CultureInfo.InvariantCulture, $"seeds {chosen.Count} (titles with >= {minFans} fans)"));
        Console.WriteLine(string.Create(CultureInfo.InvariantCulture, $"recall@{Served} vs co-liked top {Reference} {recall / chosen.Count:F4}"));
        Console.WriteLine(string.Create(CultureInfo.InvariantCulture, $"same type {sameType / served:F3}"));
        Console.WriteLine(string.Create(CultureInfo.InvariantCulture, $"shares a genre {sharedGenre / served:F3}"));
        return 0;
    }
}
