using System.Globalization;
using MediaDiscovery.Core.Recommendations;
using MediaDiscovery.Testing;

namespace MediaDiscovery.Evaluation;

/// <summary>
/// Step one of the recommendation protocol over HTTP: a random share of the MovieLens users is held out of everything
/// the LocalHost will read. Writes <c>&lt;work&gt;/movielens/</c> (movies.csv as given, ratings.csv without the held-out
/// users: the background audience the LocalHost is started with) and <c>&lt;work&gt;/heldout-ratings.csv</c> (the
/// held-out users' ratings, read only by step two).
/// </summary>
public static class RecommendationHoldout
{
    public const string MovieLensDirectory = "movielens";
    public const string HeldOutFile = "heldout-ratings.csv";
    private const string Header = "userId,movieId,rating,timestamp";

    public static int Run(CommandLine line)
    {
        var source = line.Require("movielens");
        var work = Directory.CreateDirectory(line.Require("work")).FullName;
        var seed = int.Parse(line.Get("seed") ?? "1", CultureInfo.InvariantCulture);
        var share = double.Parse(line.Get("holdout") ?? "0.333", CultureInfo.InvariantCulture);
        if (share is <= 0 or >= 1)
            throw new ArgumentException("--holdout is the share of users held out, between 0 and 1");
        var ratings = MovieLensRatings.Read(source);
        var users = ratings.Select(r => r.UserId).Distinct().Order().ToArray();
        new Random(seed).Shuffle(users);
        var heldOut = users.Take((int)Math.Round(users.Length * share)).ToHashSet();

        var movieLens = Directory.CreateDirectory(Path.Combine(work, MovieLensDirectory)).FullName;
        File.Copy(Path.Combine(source, "movies.csv"), Path.Combine(movieLens, "movies.csv"), overwrite: true);
        Write(Path.Combine(movieLens, "ratings.csv"), ratings.Where(r => !heldOut.Contains(r.UserId)));
        Write(Path.Combine(work, HeldOutFile), ratings.Where(r => heldOut.Contains(r.UserId)));
        Console.WriteLine($"users {users.Length}");
        Console.WriteLine($"held_out_users {heldOut.Count}");
        Console.WriteLine($"background_ratings {ratings.Count(r => !heldOut.Contains(r.UserId))}");
        Console.WriteLine($"seed {seed}");
        Console.Error.WriteLine($"Start the LocalHost on this audience: --CatalogSync:MovieLens {movieLens}");
        return 0;
    }

    /// <summary>The held-out users' ratings written by <see cref="Run"/>.</summary>
    public static IReadOnlyList<Interaction> ReadHeldOut(string work) => MovieLensRatings.ReadFile(Path.Combine(work, HeldOutFile));

    private static void Write(string path, IEnumerable<Interaction> ratings) =>
        File.WriteAllLines(path, ratings.Select(r => string.Create(CultureInfo.InvariantCulture, $"{r.UserId},{r.ItemId},{r.Weight},{r.Timestamp}")).Prepend(Header));
}
