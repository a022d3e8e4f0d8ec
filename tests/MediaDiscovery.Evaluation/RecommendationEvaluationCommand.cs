using System.Diagnostics;
using System.Globalization;
using MediaDiscovery.Core.Recommendations;
using MediaDiscovery.Testing;

namespace MediaDiscovery.Evaluation;

/// <summary>
/// The offline recommendation protocol of issue 6 on MovieLens: popularity, each strategy alone and the ensemble,
/// one metric per line. The ensemble is the product's weighted rank fusion; its weights and rank constant are
/// chosen on a validation split carved from the training data (the same protocol applied to the training
/// positives), never on the test set, then the strategies are retrained on the whole training data.
/// </summary>
public static class RecommendationEvaluationCommand
{
    private static readonly double[] WeightGrid = [0, 0.05, 0.1, 0.2, 0.35, 0.5];
    private static readonly int[] RankConstantGrid = [1, 5, 20, 60];
    private static readonly double[] CollaborativeOnly = [1, 0, 0, 0];
    private const double MinimumPairedT = 2;

    public static int Run(string[] args)
    {
        var line = new CommandLine(args);
        var rounding = line.Get("split") switch
        {
            "floor" => TestSizeRounding.Floor,
            "ceiling" => TestSizeRounding.Ceiling,
            _ => OfflineEvaluation.DefaultRounding,
        };
        var directory = line.Require("movielens");
        var ratings = MovieLensRatings.Read(directory);
        var genres = MovieLensMovies.ReadGenres(directory);
        var split = OfflineEvaluation.Split(ratings, rounding);
        var train = SparseUserItemMatrix.Build(split.Train);
        var now = DateTimeOffset.UtcNow;
        var lambda = double.Parse(line.Get("ease-lambda") ?? EaseModel.DefaultLambda.ToString(CultureInfo.InvariantCulture), CultureInfo.InvariantCulture);
        var halfLife = TimeSpan.FromDays(double.Parse(line.Get("trending-half-life-days") ?? "180", CultureInfo.InvariantCulture));
        Print("users", split.TestItemsByUser.Count);
        Print("items", train.ItemCount);
        Print("train_positives", train.NonZeroCount);

        Report("popularity", OfflineEvaluation.Evaluate(train, split, Timed("popularity", () => PopularityModel.Train(train, now))));
        var neighbours = int.Parse(line.Get("knn-k") ?? ItemKnnModel.DefaultNeighbours.ToString(CultureInfo.InvariantCulture), CultureInfo.InvariantCulture);
        Report("item_knn", OfflineEvaluation.Evaluate(train, split, Timed("item_knn", () => ItemKnnModel.Train(train, now, neighbours))));

        // Validation: the same protocol applied to the training positives.
        var validation = OfflineEvaluation.Split(split.Train, rounding);
        var validationTrain = SparseUserItemMatrix.Build(validation.Train);
        var validationModels = Strategies(validationTrain, validation.Train, genres, lambda, halfLife, now, timed: false);
        var validationRankings = StrategyRankings.Compute(validationTrain, validation, validationModels);
        var (weights, rankConstant, validationMetrics) = Tune(validationRankings);
        Print("validation.users", validation.TestItemsByUser.Count);
        Report("validation.collaborative", validationRankings.Evaluate(CollaborativeOnly, rankConstant));
        Report("validation.best_blend", validationMetrics);
        // A blend must beat collaborative alone clearly on validation (paired t > 2 on NDCG@20), else the gain is
        // noise that need not carry over to the test users, and the ensemble keeps collaborative's ranking.
        var t = PairedT(validationRankings.PerUser(weights, rankConstant), validationRankings.PerUser(CollaborativeOnly, rankConstant));
        Print("validation.best_blend.paired_t", t);
        if (t <= MinimumPairedT)
            weights = CollaborativeOnly;

        var models = Strategies(train, split.Train, genres, lambda, halfLife, now, timed: true);
        foreach (var (strategy, model) in models)
            Report(strategy, OfflineEvaluation.Evaluate(train, split, model));
        var rankings = StrategyRankings.Compute(train, split, models);
        Console.WriteLine(string.Create(CultureInfo.InvariantCulture,
            $"ensemble.weights {string.Join(',', models.Select((m, i) => $"{m.Strategy}={weights[i]}"))} k={rankConstant}"));
        Report("ensemble", rankings.Evaluate(weights, rankConstant));
        return 0;
    }

    private static List<(string Strategy, IRecommendationModel Model)> Strategies(
        SparseUserItemMatrix train, IEnumerable<Interaction> interactions, IReadOnlyDictionary<int, string[]> genres, double lambda, TimeSpan halfLife, DateTimeOffset now, bool timed)
    {
        IReadOnlyList<string> GenresOf(int movie) => genres.TryGetValue(movie, out var g) ? g : [];
        T Train<T>(string name, Func<T> train) => timed ? Timed(name, train) : train();
        return
        [
            (RecommendationStrategies.Collaborative, Train("collaborative", () => EaseModel.Train(train, now, lambda))),
            (RecommendationStrategies.Content, Train("content", () => ItemFeatureModel.Train(train, GenresOf, now))),
            (RecommendationStrategies.Trending, Train("trending", () => DecayedPopularityModel.Train(train, interactions, halfLife, now))),
            (RecommendationStrategies.Discovery, Train("discovery", () => UntriedGenreModel.Train(train, GenresOf, 500, now))),
        ];
    }

    /// <summary>Collaborative at weight 1, the others over a grid, every rank constant: the best NDCG@20 (then recall) on validation.</summary>
    private static (double[] Weights, int RankConstant, RankingMetrics Metrics) Tune(StrategyRankings rankings)
    {
        (double[] Weights, int RankConstant, RankingMetrics Metrics)? best = null;
        foreach (var k in RankConstantGrid)
        {
            foreach (var content in WeightGrid)
            {
                foreach (var trending in WeightGrid)
                {
                    foreach (var discovery in WeightGrid)
                    {
                        double[] weights = [1, content, trending, discovery];
                        var metrics = rankings.Evaluate(weights, k);
                        if (best is not { } b || metrics.NdcgAt20 > b.Metrics.NdcgAt20
                            || (metrics.NdcgAt20 == b.Metrics.NdcgAt20 && metrics.RecallAt20 > b.Metrics.RecallAt20))
                            best = (weights, k, metrics);
                    }
                }
            }
        }
        return best!.Value;
    }

    /// <summary>The paired t statistic of the per-user NDCG@20 differences (blend minus collaborative).</summary>
    private static double PairedT((double Recall, double Ndcg)[] blend, (double Recall, double Ndcg)[] single)
    {
        var differences = blend.Zip(single, (b, s) => b.Ndcg - s.Ndcg).ToArray();
        var mean = differences.Average();
        var variance = differences.Sum(d => (d - mean) * (d - mean)) / (differences.Length - 1);
        return variance == 0 ? 0 : mean / Math.Sqrt(variance / differences.Length);
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
