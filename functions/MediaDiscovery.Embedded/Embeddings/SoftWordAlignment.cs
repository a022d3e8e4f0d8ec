using System.Numerics.Tensors;
using System.Runtime.CompilerServices;
using MediaDiscovery.Core.Catalog;
using MediaDiscovery.Core.Search;
using MediaDiscovery.Embedded.Search;

namespace MediaDiscovery.Embedded.Embeddings;

/// <summary>
/// Word-level alignment over GloVe: for each significant query word, its best cosine to any word of the text
/// (clipped at 0), averaged with SIF weights so rare words ("clownfish", "karate") count more than common ones.
/// Averaged sentence vectors blur a description into one direction; aligning word by word keeps each query word's
/// evidence separate, so a paraphrase that matches most words loosely still ranks near one matching a few exactly.
/// </summary>
public sealed class SoftWordAlignment(GloveVectors vectors, Func<Title, string> textOf, double sifA = 1e-3) : IWordAlignment
{
    private readonly ZipfWordProbability probability = new(vectors.Count);

    // A title's known, non-stop words as vector rows, once per title object (titles are immutable; a changed title
    // is a new object): tokenizing and hashing every candidate's text on every query dominated the feature's cost.
    private readonly ConditionalWeakTable<Title, int[]> wordRows = new();

    public IQueryAlignment? Prepare(string query)
    {
        var words = new List<float[]>();
        var weights = new List<float>();
        foreach (var token in QueryTerms.Significant(QueryTerms.Tokens(query)))
        {
            var index = vectors.IndexOf(token);
            if (index < 0 || QueryTerms.IsStopWord(token))
                continue;
            var unit = new float[vectors.Dimensions];
            vectors.CopyTo(index, unit);
            var norm = TensorPrimitives.Norm<float>(unit);
            if (norm == 0)
                continue;
            TensorPrimitives.Divide(unit, norm, unit);
            words.Add(unit);
            weights.Add((float)(sifA / (sifA + probability.Of(index))));
        }
        return words.Count == 0 ? null : new Query(vectors, RowsOf, words, weights);
    }

    private int[] RowsOf(Title title)
    {
        if (wordRows.TryGetValue(title, out var known))
            return known;
        var rows = new List<int>();
        foreach (var token in WordTokenizer.Tokenize(textOf(title)))
        {
            if (QueryTerms.IsStopWord(token))
                continue;
            var index = vectors.IndexOf(token);
            if (index >= 0)
                rows.Add(index);
        }
        int[] result = [.. rows];
        wordRows.AddOrUpdate(title, result);
        return result;
    }

    private sealed class Query(GloveVectors vectors, Func<Title, int[]> rowsOf, List<float[]> words, List<float> weights) : IQueryAlignment
    {
        // Per query, the cosines of each text word seen so far: candidate descriptions share many words.
        private readonly Dictionary<int, float[]> cosines = [];
        private readonly float[] best = new float[words.Count];
        private readonly float[] row = new float[vectors.Dimensions];
        private readonly float totalWeight = weights.Sum();

        public double Score(Title title)
        {
            Array.Clear(best);
            foreach (var index in rowsOf(title))
            {
                var wordCosines = CosinesOf(index);
                for (var q = 0; q < best.Length; q++)
                    best[q] = Math.Max(best[q], wordCosines[q]);
            }
            var score = 0f;
            for (var q = 0; q < best.Length; q++)
                score += weights[q] * best[q];
            return score / totalWeight;
        }

        private float[] CosinesOf(int index)
        {
            if (cosines.TryGetValue(index, out var known))
                return known;
            vectors.CopyTo(index, row);
            var norm = TensorPrimitives.Norm<float>(row);
            var result = new float[words.Count];
            for (var q = 0; q < result.Length && norm > 0; q++)
                result[q] = Math.Max(0, TensorPrimitives.Dot<float>(row, words[q]) / norm);
            cosines[index] = result;
            return result;
        }
    }
}
