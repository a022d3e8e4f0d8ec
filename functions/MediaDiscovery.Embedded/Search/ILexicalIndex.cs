using MediaDiscovery.Core.Search;

namespace MediaDiscovery.Embedded.Search;

/// <summary>BM25 over the titles' title, description, people and genres (see <see cref="LexicalColumnWeights"/>).</summary>
public interface ILexicalIndex : IDisposable
{
    /// <summary>How many titles (ordinals) the index covers.</summary>
    int Count { get; }

    /// <summary>
    /// The best <paramref name="k"/> titles for untrusted <paramref name="text"/> among those the mask allows (null =
    /// all), best first (ties by ordinal). Text without words, or an empty mask, matches nothing.
    /// </summary>
    IReadOnlyList<LexicalHit> Search(string? text, FilterMask? mask, int k, LexicalMatch match = LexicalMatch.AnyTerm);
}
