using System.Diagnostics;
using System.Globalization;
using MediaDiscovery.Core.Recommendations;
using MediaDiscovery.Testing;

namespace MediaDiscovery.Evaluation;

/// <summary>
/// The offline recommendation protocol of issue 6 on MovieLens: popularity, each strategy alone and the
/// ensemble, one metric per line.
/// </summary>
public static class RecommendationEvaluationCommand
{
    public static int Run(string[] args)
    {
        var line = new CommandLine(args);
        var rounding = line.Get("split") switch
        {
            "floor" => TestSizeRounding.Floor,
            "ceiling" => TestSizeRounding.Ceiling,
            _ => OfflineEvaluation.DefaultRounding,
        };
        var ratings = MovieLensRatings.Read(line.Require("movielens"));
        var split = OfflineEvaluation.Split(ratings, rounding);
        var train = SparseUserItemMatrix.Build(split.Train);
        var now = DateTimeOffset.UtcNow;
        Print("users", split.TestItemsByUser.Count);
        Print("items", train.ItemCount);
        Print("train_positives", train.NonZeroCount);

        var models = new List<IRecommendationModel>();
        models.Add(Timed("popularity", () => PopularityModel.Train(train, now)));
        var neighbours = int.Parse(line.Get("knn-k") ?? ItemKnnModel.DefaultNeighbours.ToString(CultureInfo.InvariantCulture), CultureInfo.InvariantCulture);
        models.Add(Timed("item_knn", () => ItemKnnModel.Train(train, now, neighbours)));
        if (line.Get("skip-ease") is null)
        {
            var lambda = double.Parse(line.Get("ease-lambda") ?? EaseModel.DefaultLambda.ToString(CultureInfo.InvariantCulture), CultureInfo.InvariantCulture);
            models.Add(Timed("ease", () => EaseModel.Train(train, now, lambda)));
        }
        var weights = (line.Get("ensemble-weights") ?? "0.05,0.15,0.8").Split(',').Select(w => double.Parse(w, CultureInfo.InvariantCulture)).ToArray();
        models.Add(new RecommendationEnsemble(models.Zip(weights)));
        foreach (var model in models)
            Report(model.Name, OfflineEvaluation.Evaluate(train, split, model));
        return 0;
    }

    private static T Timed<T>(string name, Func<T> train)
    {
        var clock = Stopwatch.StartNew();
        var model = train();
        Print(name + ".train_seconds", clock.Elapsed.TotalSeconds);
        return model;
    }

    private static void Report(string name, RankingMetrics metrics)
    {
        Print(name + ".recall_at_20", metrics.RecallAt20);
        Print(name + ".ndcg_at_20", metrics.NdcgAt20);
    }

    private static void Print(string name, double value) =>
        Console.WriteLine(string.Create(CultureInfo.InvariantCulture, $"{name} {value:0.####}"));
}
