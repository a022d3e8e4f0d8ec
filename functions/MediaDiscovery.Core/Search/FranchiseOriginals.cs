using MediaDiscovery.Core.Catalog;

namespace MediaDiscovery.Core.Search;

/// <summary>
/// Moves a franchise's original ("Queer Eye", "Toy Story") to right after the best-ranked of its derivatives on the
/// first page ("Queer Eye: We're in Japan!", "Toy Story 3") when it ranks lower. A description that fits a spin-off
/// or a sequel mostly fits the franchise people mean, and the original's own text is often a teaser that matches
/// less; placed after, not before, a query that names what only the sequel has still finds the sequel first
/// (docs/decisions/0011-franchise-originals-follow-derivatives.md).
/// </summary>
public static class FranchiseOriginals
{
    /// <param name="ranked">Best first; reordered in place.</param>
    /// <param name="nameOf">The title's name.</param>
    /// <param name="rankAfter">The original re-scored to rank right after the derivative (original, derivative).</param>
    /// <param name="page">How many leading items are looked at as derivatives.</param>
    public static void FollowDerivatives<T>(List<T> ranked, Func<T, string> nameOf, Func<T, T, T> rankAfter, int page = 10)
    {
        ArgumentNullException.ThrowIfNull(ranked);
        ArgumentNullException.ThrowIfNull(nameOf);
        ArgumentNullException.ThrowIfNull(rankAfter);
        List<string>? normalised = null; // built at the first derivative: most pages have none
        for (var i = 0; i < ranked.Count - 1 && i < page; i++)
        {
            var name = nameOf(ranked[i]);
            var key = FranchiseDiversifier.FranchiseKey(name);
            if (key.Length == 0 || FranchiseDiversifier.IsOriginal(name, key))
                continue;
            // The best-ranked item named exactly the franchise.
            normalised ??= ranked.ConvertAll(item => TitleNormaliser.Normalise(nameOf(item)));
            var original = normalised.IndexOf(key);
            if (original <= i + 1)
                continue;
            ranked.Insert(i + 1, rankAfter(ranked[original], ranked[i]));
            ranked.RemoveAt(original + 1);
            normalised.Insert(i + 1, key);
            normalised.RemoveAt(original + 1);
            i++;
        }
    }
}
