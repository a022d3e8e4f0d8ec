using MediaDiscovery.Core.Catalog;

namespace MediaDiscovery.Core.Search;

/// <summary>
/// A known user's taste as a small, bounded lift on search results after fusion: titles in genres they like
/// (told in preferences or shown by what they liked) and with people from titles they liked move up by at most
/// <see cref="MaxLift"/> of their fused score. It only reorders what retrieval returned, so hard filters keep
/// their say; it never lowers a score.
/// </summary>
public sealed class PersonalBoost
{
    /// <summary>The largest relative lift: enough to move a matching title a few places among close RRF scores, not to bury the best match.</summary>
    public const double MaxLift = 0.15;

    // Genres weigh more than people: a liked genre is a broad, reliable signal; a shared actor is a weaker one.
    private const double GenreShare = 0.7;
    private const double PersonShare = 0.3;

    private readonly Dictionary<string, double> genres;
    private readonly Dictionary<string, double> people;

    private PersonalBoost(Dictionary<string, double> genres, Dictionary<string, double> people)
    {
        this.genres = genres;
        this.people = people;
    }

    public static PersonalBoost None { get; } = new(new(StringComparer.OrdinalIgnoreCase), new(StringComparer.OrdinalIgnoreCase));

    public bool IsEmpty => genres.Count == 0 && people.Count == 0;

    /// <summary>
    /// From the genres the user said they like (weight 1) and the titles they liked with their strength (0..1): a
    /// genre or person weighs the share of the liked strength whose titles carry it. Avoided genres weigh nothing.
    /// </summary>
    public static PersonalBoost From(IEnumerable<string> likedGenres, IEnumerable<string> avoidedGenres, IReadOnlyList<(Title Title, double Strength)> likedTitles)
    {
        ArgumentNullException.ThrowIfNull(likedGenres);
        ArgumentNullException.ThrowIfNull(avoidedGenres);
        ArgumentNullException.ThrowIfNull(likedTitles);
        var total = likedTitles.Sum(l => l.Strength);
        var genres = Shares(likedTitles, t => t.Genres, total);
        var people = Shares(likedTitles, t => t.Directors.Concat(t.Cast.Take(5)), total);
        foreach (var genre in likedGenres)
            genres[genre] = 1.0;
        foreach (var genre in avoidedGenres)
            genres.Remove(genre);
        return genres.Count == 0 && people.Count == 0 ? None : new PersonalBoost(genres, people);
    }

    /// <summary>The relative lift for a title, in [0, <see cref="MaxLift"/>].</summary>
    public double Lift(Title title)
    {
        ArgumentNullException.ThrowIfNull(title);
        var genre = Best(title.Genres, genres);
        var person = Best(title.Directors.Concat(title.Cast), people);
        return MaxLift * Math.Clamp(GenreShare * genre + PersonShare * person, 0, 1);
    }

    /// <summary>The results by their lifted score (stable: equal scores keep the fused order).</summary>
    public IReadOnlyList<RankedTitle> Apply(IReadOnlyList<RankedTitle> fused)
    {
        ArgumentNullException.ThrowIfNull(fused);
        if (IsEmpty)
            return fused;
        return fused.Select(r => r with { Score = r.Score * (1 + Lift(r.Title)) }).OrderByDescending(r => r.Score).ToList();
    }

    /// <summary>A stable description of the weights: what makes two users' personalised pages the same.</summary>
    public string Fingerprint() =>
        string.Join('|', Describe(genres)) + "#" + string.Join('|', Describe(people));

    private static IEnumerable<string> Describe(Dictionary<string, double> weights) =>
        weights.OrderBy(w => w.Key, StringComparer.OrdinalIgnoreCase)
            .Select(w => FormattableString.Invariant($"{w.Key.ToLowerInvariant()}={w.Value:F3}"));

    private static double Best(IEnumerable<string> names, Dictionary<string, double> weights)
    {
        var best = 0.0;
        foreach (var name in names)
        {
            if (weights.TryGetValue(name, out var w) && w > best)
                best = w;
        }
        return best;
    }

    private static Dictionary<string, double> Shares(IReadOnlyList<(Title Title, double Strength)> liked, Func<Title, IEnumerable<string>> names, double total)
    {
        var shares = new Dictionary<string, double>(StringComparer.OrdinalIgnoreCase);
        if (total <= 0)
            return shares;
        foreach (var (title, strength) in liked)
        {
            foreach (var name in names(title).Distinct(StringComparer.OrdinalIgnoreCase))
                shares[name] = shares.GetValueOrDefault(name) + strength / total;
        }
        return shares;
    }
}
