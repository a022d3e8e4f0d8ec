using System.Collections.Concurrent;
using System.Collections.Frozen;
using MediaDiscovery.Core.Catalog.Ingestion;
using MediaDiscovery.Core.Search;

namespace MediaDiscovery.Embedded.Search;

/// <summary>
/// BM25 evaluated in memory exactly as SQLite FTS5's <c>bm25()</c> scores the same documents (same tokenizer:
/// <see cref="Fts5PorterTokenizer"/>; same IDF, length normalisation and column weights; tested for parity against
/// <see cref="SqliteLexicalIndex"/>), without a SQL round trip per query: postings per term (document, weighted
/// frequency) for single words and each document's tokens per column for phrases. See ADR 0009.
/// </summary>
public sealed class InMemoryLexicalIndex : ILexicalIndex
{
    private const double K1 = 1.2;
    private const double B = 0.75;
    private const int Columns = 4;

    private readonly FrozenDictionary<string, int> termIds;
    private readonly int[] postingStart;
    private readonly int[] postingDoc;
    private readonly double[] postingFrequency;
    private readonly int[] columnStart;
    private readonly int[] tokens;
    private readonly double[] lengthNorm;
    private readonly double[] weights;
    private readonly ConcurrentBag<Scratch> scratch = [];

    private InMemoryLexicalIndex(IReadOnlyList<LexicalDocument> documents, LexicalColumnWeights columnWeights)
    {
        Count = documents.Count;
        weights = [columnWeights.Title, columnWeights.Description, columnWeights.People, columnWeights.Genres];
        var ids = new Dictionary<string, int>(StringComparer.Ordinal);
        var allTokens = new List<int>(Count * 64);
        columnStart = new int[Count * Columns + 1];
        var words = new List<string>(64);
        for (var doc = 0; doc < Count; doc++)
        {
            var d = documents[doc];
            for (var column = 0; column < Columns; column++)
            {
                columnStart[doc * Columns + column] = allTokens.Count;
                words.Clear();
                Fts5PorterTokenizer.Tokenize(column switch { 0 => d.Title, 1 => d.Description, 2 => d.People, _ => d.Genres }, words);
                foreach (var word in words)
                {
                    if (!ids.TryGetValue(word, out var id))
                        ids[word] = id = ids.Count;
                    allTokens.Add(id);
                }
            }
        }
        columnStart[Count * Columns] = allTokens.Count;
        tokens = [.. allTokens];
        termIds = ids.ToFrozenDictionary(StringComparer.Ordinal);
        (postingStart, postingDoc, postingFrequency) = BuildPostings(ids.Count);
        // FTS5: D = the row's tokens over all columns (unweighted), avgdl = all tokens / rows.
        var averageLength = Count == 0 ? 1 : (double)tokens.Length / Count;
        lengthNorm = new double[Count];
        for (var doc = 0; doc < Count; doc++)
        {
            double length = columnStart[(doc + 1) * Columns] - columnStart[doc * Columns];
            lengthNorm[doc] = K1 * (1 - B + B * length / averageLength);
        }
    }

    public int Count { get; }

    /// <summary>How many distinct terms (stems) the documents hold.</summary>
    public int TermCount => termIds.Count;

    public static InMemoryLexicalIndex Build(TitleTable titles, LexicalColumnWeights? weights = null)
    {
        ArgumentNullException.ThrowIfNull(titles);
        var genreNames = CatalogTaxonomy.Default.Genres.ToDictionary(g => g.Id, g => g.DisplayName, StringComparer.Ordinal);
        var documents = titles.Titles.Select(t => LexicalDocument.For(t, genreNames)).ToList();
        return new InMemoryLexicalIndex(documents, weights ?? LexicalColumnWeights.Default);
    }

    public IReadOnlyList<LexicalHit> Search(string? text, FilterMask? mask, int k, LexicalMatch match = LexicalMatch.AnyTerm)
    {
        if (k <= 0 || Count == 0 || (mask is not null && mask.Count == 0))
            return [];
        var phrases = Phrases(text, match);
        if (phrases.Count == 0)
            return [];
        var s = Rent();
        try
        {
            foreach (var phrase in phrases)
                Accumulate(phrase, s);
            var required = match == LexicalMatch.AllTerms ? phrases.Count : 1;
            return s.Top(mask, k, required);
        }
        finally
        {
            s.Reset();
            scratch.Add(s);
        }
    }

    /// <summary>The query's phrases as FTS5 would read <see cref="Fts5MatchExpression"/>'s expression: term ids per
    /// quoted string (-1 for a term no document holds).</summary>
    private List<int[]> Phrases(string? text, LexicalMatch match)
    {
        var tokensOfText = QueryTerms.Tokens(text);
        var phrases = new List<int[]>();
        if (match == LexicalMatch.AdjacentPairs)
        {
            var seen = new HashSet<string>(StringComparer.Ordinal);
            for (var i = 0; i + 1 < tokensOfText.Count; i++)
            {
                if (QueryTerms.IsStopWord(tokensOfText[i]) && QueryTerms.IsStopWord(tokensOfText[i + 1]))
                    continue;
                var pair = tokensOfText[i] + " " + tokensOfText[i + 1];
                if (seen.Add(pair))
                    phrases.Add(TermIds(pair));
            }
        }
        else
        {
            foreach (var term in QueryTerms.Significant(tokensOfText))
                phrases.Add(TermIds(term));
        }
        return phrases;
    }

    private int[] TermIds(string quoted)
    {
        var words = new List<string>(2);
        Fts5PorterTokenizer.Tokenize(quoted, words);
        var ids = new int[words.Count];
        for (var i = 0; i < words.Count; i++)
            ids[i] = termIds.TryGetValue(words[i], out var id) ? id : -1;
        return ids;
    }

    /// <summary>Adds the phrase's BM25 term to every document holding it (FTS5's arithmetic, in its order).</summary>
    private void Accumulate(int[] phrase, Scratch s)
    {
        if (phrase.Length == 0 || Array.IndexOf(phrase, -1) >= 0)
            return;
        if (phrase.Length == 1)
        {
            var term = phrase[0];
            var from = postingStart[term];
            var to = postingStart[term + 1];
            var idf = Idf(to - from);
            for (var p = from; p < to; p++)
                s.Add(postingDoc[p], idf * (postingFrequency[p] * (K1 + 1.0) / (postingFrequency[p] + lengthNorm[postingDoc[p]])));
            return;
        }
        // A phrase: documents holding its rarest word, scanned for the words in sequence.
        var rarest = phrase.MinBy(t => postingStart[t + 1] - postingStart[t]);
        var matches = new List<(int Doc, double Frequency)>();
        for (var p = postingStart[rarest]; p < postingStart[rarest + 1]; p++)
        {
            var doc = postingDoc[p];
            var frequency = PhraseFrequency(doc, phrase);
            if (frequency > 0)
                matches.Add((doc, frequency));
        }
        var phraseIdf = Idf(matches.Count);
        foreach (var (doc, frequency) in matches)
            s.Add(doc, phraseIdf * (frequency * (K1 + 1.0) / (frequency + lengthNorm[doc])));
    }

    private double Idf(int documentsWithPhrase)
    {
        var idf = Math.Log((Count - documentsWithPhrase + 0.5) / (documentsWithPhrase + 0.5));
        return idf <= 0.0 ? 1e-6 : idf;
    }

    /// <summary>Occurrences of the phrase in the document, each weighted by its column's weight.</summary>
    private double PhraseFrequency(int doc, int[] phrase)
    {
        double frequency = 0;
        for (var column = 0; column < Columns; column++)
        {
            var start = columnStart[doc * Columns + column];
            var end = columnStart[doc * Columns + column + 1];
            for (var i = start; i + phrase.Length <= end; i++)
            {
                if (tokens.AsSpan(i, phrase.Length).SequenceEqual(phrase))
                    frequency += weights[column];
            }
        }
        return frequency;
    }

    private (int[] Start, int[] Doc, double[] Frequency) BuildPostings(int termCount)
    {
        // Counting sort by term of every (term, document) pair; frequencies weighted by column.
        var counts = new int[termCount + 1];
        var perDoc = new Dictionary<int, double>();
        var pairs = new List<(int Term, int Doc, double Frequency)>(tokens.Length / 2);
        for (var doc = 0; doc < Count; doc++)
        {
            perDoc.Clear();
            for (var column = 0; column < Columns; column++)
            {
                for (var i = columnStart[doc * Columns + column]; i < columnStart[doc * Columns + column + 1]; i++)
                    perDoc[tokens[i]] = perDoc.GetValueOrDefault(tokens[i]) + weights[column];
            }
            foreach (var (term, frequency) in perDoc.OrderBy(p => p.Key))
            {
                pairs.Add((term, doc, frequency));
                counts[term + 1]++;
            }
        }
        for (var t = 0; t < termCount; t++)
            counts[t + 1] += counts[t];
        var start = (int[])counts.Clone();
        var next = (int[])counts.Clone();
        var docs = new int[pairs.Count];
        var frequencies = new double[pairs.Count];
        foreach (var (term, doc, frequency) in pairs)
        {
            var at = next[term]++;
            docs[at] = doc;
            frequencies[at] = frequency;
        }
        return (start, docs, frequencies);
    }

    private Scratch Rent() => scratch.TryTake(out var s) ? s : new Scratch(Count);

    public void Dispose()
    {
    }

    /// <summary>Per-search accumulators over every document, reused across searches (reset sparsely).</summary>
    private sealed class Scratch(int size)
    {
        private readonly double[] scores = new double[size];
        private readonly int[] phrasesMatched = new int[size];
        private readonly int[] touched = new int[size];
        private int touchedCount;

        public void Add(int doc, double score)
        {
            if (phrasesMatched[doc] == 0)
                touched[touchedCount++] = doc;
            phrasesMatched[doc]++;
            scores[doc] += score;
        }

        /// <summary>The best k documents matching at least <paramref name="required"/> phrases, best first.</summary>
        public List<LexicalHit> Top(FilterMask? mask, int k, int required)
        {
            var heap = new TopHits(k);
            for (var i = 0; i < touchedCount; i++)
            {
                var doc = touched[i];
                if (phrasesMatched[doc] >= required && (mask is null || mask[doc]))
                    heap.Offer(doc, scores[doc]);
            }
            return heap.BestFirst();
        }

        public void Reset()
        {
            for (var i = 0; i < touchedCount; i++)
            {
                scores[touched[i]] = 0;
                phrasesMatched[touched[i]] = 0;
            }
            touchedCount = 0;
        }
    }
}
