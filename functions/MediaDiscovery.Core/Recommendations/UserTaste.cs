using MediaDiscovery.Core.Users;

namespace MediaDiscovery.Core.Recommendations;

/// <summary>What one request knows of a person's taste: what they liked (weighted by strength and recency) and what they have already seen.</summary>
public sealed class UserTaste
{
    private UserTaste(IReadOnlyList<LikedTitle> liked, IReadOnlyList<double> weights, IReadOnlySet<string> consumed)
    {
        Liked = liked;
        ProfileWeights = weights;
        Consumed = consumed;
    }

    /// <summary>Liked titles, most recent first.</summary>
    public IReadOnlyList<LikedTitle> Liked { get; }

    /// <summary>Per liked title, strength × 0.5^(age / half-life): the weight in the content profile.</summary>
    public IReadOnlyList<double> ProfileWeights { get; }

    /// <summary>Titles viewed or rated (at any rating): never recommended again.</summary>
    public IReadOnlySet<string> Consumed { get; }

    public bool IsColdStart => Liked.Count == 0 && Consumed.Count == 0;

    /// <summary>The same person's taste through only the liked titles <paramref name="keep"/> selects (what was seen stays).</summary>
    public UserTaste Only(Func<LikedTitle, bool> keep)
    {
        ArgumentNullException.ThrowIfNull(keep);
        var indices = Enumerable.Range(0, Liked.Count).Where(i => keep(Liked[i])).ToList();
        return new UserTaste(indices.Select(i => Liked[i]).ToList(), indices.Select(i => ProfileWeights[i]).ToList(), Consumed);
    }

    public static UserTaste From(IReadOnlyList<UserEvent> history, DateTimeOffset now, TimeSpan profileHalfLife)
    {
        ArgumentNullException.ThrowIfNull(history);
        var liked = PositiveSignals.Likes(history).Values
            .OrderByDescending(l => l.At).ThenBy(l => l.TitleId, StringComparer.Ordinal).ToList();
        var weights = liked.Select(l => l.Strength * Decay.Factor(now - l.At, profileHalfLife)).ToList();
        var consumed = history.Where(e => e.Kind is UserEventKind.View or UserEventKind.Rating)
            .Select(e => e.TitleId).ToHashSet(StringComparer.Ordinal);
        return new UserTaste(liked, weights, consumed);
    }
}
