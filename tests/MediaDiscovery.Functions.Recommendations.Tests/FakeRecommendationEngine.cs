using MediaDiscovery.Core.Ports;
using MediaDiscovery.Core.Recommendations;

namespace MediaDiscovery.Functions.Recommendations.Tests;

/// <summary>
/// Stands in for the recommendation engine (merged separately): recommends the given titles in order, minus those
/// in the history, and records every request so tests can see what the API passed and when it was called.
/// </summary>
public sealed class FakeRecommendationEngine : IRecommender, IRecommendationTraining
{
    private readonly Lock gate = new();
    private readonly List<RecommendationRequest> requests = [];
    private int trainings;

    public IReadOnlyList<string> Titles { get; set; } = [];

    public IReadOnlyList<RecommendationRequest> Requests
    {
        get
        {
            lock (gate)
                return requests.ToList();
        }
    }

    public string? CurrentVersion { get; private set; }

    public Task<IReadOnlyList<Recommendation>> RecommendAsync(RecommendationRequest request, CancellationToken ct = default)
    {
        lock (gate)
            requests.Add(request);
        var seen = request.History.Select(e => e.TitleId).ToHashSet(StringComparer.Ordinal);
        IReadOnlyList<Recommendation> list = Titles
            .Where(t => !seen.Contains(t))
            .Take(request.Limit)
            .Select((t, i) => new Recommendation(t, 1.0 / (i + 1), "trending", "Trending now"))
            .ToList();
        return Task.FromResult(list);
    }

    public Task<string> TrainNowAsync(CancellationToken ct = default)
    {
        var version = "fake/v" + Interlocked.Increment(ref trainings).ToString(System.Globalization.CultureInfo.InvariantCulture);
        CurrentVersion = version;
        return Task.FromResult(version);
    }
}
