using System.Globalization;

namespace MediaDiscovery.Core.Recommendations;

/// <summary>
/// A weighted sum of strategies. Each strategy's scores are min-max normalised per user over the items the user
/// does not already have (their own items would otherwise stretch the range), so weights compare like with like.
/// </summary>
public sealed class RecommendationEnsemble : IRecommendationModel
{
    private readonly (IRecommendationModel Model, double Weight)[] _members;

    public RecommendationEnsemble(IEnumerable<(IRecommendationModel Model, double Weight)> members)
    {
        ArgumentNullException.ThrowIfNull(members);
        _members = members.ToArray();
        if (_members.Length == 0)
            throw new ArgumentException("an ensemble needs at least one strategy", nameof(members));
        if (_members.Any(m => m.Model.ItemCount != _members[0].Model.ItemCount))
            throw new ArgumentException("all strategies must score the same item space", nameof(members));
        if (_members.Any(m => m.Weight < 0 || double.IsNaN(m.Weight)))
            throw new ArgumentException("weights must be non-negative", nameof(members));
        Version = string.Join('+', _members.Select(m => string.Create(CultureInfo.InvariantCulture, $"{m.Weight}*{m.Model.Version}")));
    }

    public string Name => "ensemble";

    public string Version { get; }

    public int ItemCount => _members[0].Model.ItemCount;

    public IReadOnlyList<(IRecommendationModel Model, double Weight)> Members => _members;

    public void Score(ReadOnlySpan<int> userItems, Span<float> scores)
    {
        scores = scores[..ItemCount];
        scores.Clear();
        var own = new bool[ItemCount];
        foreach (var item in userItems)
            own[item] = true;
        var memberScores = new float[ItemCount];
        foreach (var (model, weight) in _members)
        {
            model.Score(userItems, memberScores);
            float min = float.PositiveInfinity, max = float.NegativeInfinity;
            for (var i = 0; i < memberScores.Length; i++)
            {
                if (own[i])
                    continue;
                min = Math.Min(min, memberScores[i]);
                max = Math.Max(max, memberScores[i]);
            }
            // A strategy that cannot tell the candidates apart contributes nothing for this user.
            if (!(max > min))
                continue;
            var scale = (float)(weight / (max - min));
            for (var i = 0; i < scores.Length; i++)
                scores[i] += (memberScores[i] - min) * scale;
        }
    }
}
