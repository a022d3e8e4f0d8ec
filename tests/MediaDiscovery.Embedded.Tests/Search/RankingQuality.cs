namespace MediaDiscovery.Embedded.Tests.Search;

/// <summary>MRR@10, success@1 and success@10 over the ranks of expected titles (0 = not found).</summary>
public sealed record RankingQuality(double MrrAt10, double SuccessAt1, double SuccessAt10)
{
    public static RankingQuality Of(IReadOnlyList<int> ranks) => new(
        ranks.Average(r => r is >= 1 and <= 10 ? 1.0 / r : 0),
        ranks.Average(r => r == 1 ? 1.0 : 0),
        ranks.Average(r => r is >= 1 and <= 10 ? 1.0 : 0));

    public override string ToString() => $"MRR@10 {MrrAt10:F3}  s@1 {SuccessAt1:F2}  s@10 {SuccessAt10:F2}";
}
