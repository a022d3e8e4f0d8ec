using System.Globalization;
using BenchmarkDotNet.Attributes;
using BenchmarkDotNet.Engines;
using MediaDiscovery.Core.Recommendations;

namespace MediaDiscovery.Benchmarks.Recommendations;

/// <summary>
/// Training the collaborative model (EASE, λ = 300) on MovieLens small with the offline protocol's training
/// split (603 users × 5,300 items), one training per iteration.
/// </summary>
[SimpleJob(RunStrategy.Monitoring, launchCount: 1, warmupCount: 1, iterationCount: 3)]
[MemoryDiagnoser]
public class EaseTrainingBenchmarks
{
    private SparseUserItemMatrix train = null!;

    [GlobalSetup]
    public void Setup()
    {
        var directory = Path.Combine(Path.GetDirectoryName(SharedCatalogs.Directory)!, "movielens-latest-small");
        var ratings = File.ReadLines(Path.Combine(directory, "ratings.csv")).Skip(1).Where(l => l.Length > 0).Select(l =>
        {
            var f = l.Split(',');
            return new Interaction(int.Parse(f[0], CultureInfo.InvariantCulture), int.Parse(f[1], CultureInfo.InvariantCulture),
                float.Parse(f[2], CultureInfo.InvariantCulture), long.Parse(f[3], CultureInfo.InvariantCulture));
        });
        train = SparseUserItemMatrix.Build(OfflineEvaluation.Split(ratings).Train);
    }

    [Benchmark]
    public int TrainEaseMovieLensSmall() => EaseModel.Train(train, DateTimeOffset.UnixEpoch).ItemCount;
}
