using System.Collections.Concurrent;
using System.Collections.Frozen;
using System.Runtime.CompilerServices;
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
        weights = Weights(columnWeights);
        var ids = new Dictionary<string, int>(StringComparer.Ordinal);
        columnStart = new int[Count * Columns + 1];
        tokens = TokenizeDocuments(documents, ids, columnStart);
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

    // Runs once per catalog snapshot, at start-up too, before tiered JIT would have optimised it.
    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    private static int[] TokenizeDocuments(IReadOnlyList<LexicalDocument> documents, Dictionary<string, int> ids, int[] columnStart)
    {
        var allTokens = new List<int>(documents.Count * 64);
        var words = new List<string>(64);
        for (var doc = 0; doc < documents.Count; doc++)
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
        columnStart[documents.Count * Columns] = allTokens.Count;
        return [.. allTokens];
    }

    private InMemoryLexicalIndex(LexicalPostingsData data)
    {
        Count = data.ColumnStart.Length / Columns;
        weights = data.Weights;
        termIds = data.Terms.Select((t, i) => (t, i)).ToFrozenDictionary(p => p.t, p => p.i, StringComparer.Ordinal);
        columnStart = data.ColumnStart;
        tokens = data.Tokens;
        postingStart = data.PostingStart;
        postingDoc = data.PostingDoc;
        postingFrequency = data.PostingFrequency;
        var averageLength = Count == 0 ? 1 : (double)tokens.Length / Count;
        lengthNorm = new double[Count];
        for (var doc = 0; doc < Count; doc++)
        {
            double length = columnStart[(doc + 1) * Columns] - columnStart[doc * Columns];
            lengthNorm[doc] = K1 * (1 - B + B * length / averageLength);
        }
        WasLoaded = true;
    }

    public int Count { get; }

    /// <summary>How many distinct terms (stems) the documents hold.</summary>
    public int TermCount => termIds.Count;

    /// <summary>Whether the index was read from <see cref="LexicalPostingsFile"/> rather than built.</summary>
    public bool WasLoaded { get; }

    /// <summary>
    /// The index for <paramref name="titles"/>: read from <c>lexical.bin</c> in <paramref name="dataDirectory"/> when
    /// it was written for the same titles (catalog version, count, ordinals), else built and written there.
    /// </summary>
    public static InMemoryLexicalIndex OpenOrBuild(string dataDirectory, TitleTable titles, LexicalColumnWeights? weights = null)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(dataDirectory);
        ArgumentNullException.ThrowIfNull(titles);
        var file = new LexicalPostingsFile(Path.Combine(dataDirectory, LexicalPostingsFile.FileName));
        var stamp = LexicalIndexStamp.For(titles) with { Format = LexicalPostingsFile.Format };
        var columnWeights = weights ?? LexicalColumnWeights.Default;
        if (file.TryRead(stamp) is { } data && data.Weights.SequenceEqual(Weights(columnWeights)))
            return new InMemoryLexicalIndex(data);
        var index = Build(titles, columnWeights);
        file.TryWrite(stamp, index.Data());
        return index;
    }

    private static double[] Weights(LexicalColumnWeights w) => [w.Title, w.Description, w.People, w.Genres];

    private LexicalPostingsData Data()
    {
        var terms = new string[termIds.Count];
        foreach (var (term, id) in termIds)
            terms[id] = term;
        return new LexicalPostingsData(weights, terms, columnStart, tokens, postingStart, postingDoc, postingFrequency);
    }

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

    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    private (int[] Start, int[] Doc, double[] Frequency) BuildPostings(int termCount)
    {
        // Per document, its (term, column weight) pairs sorted by term and summed: one posting per distinct term.
        // Then a counting sort by term.
        var counts = new int[termCount + 1];
        var terms = new List<int>(tokens.Length);
        var docs = new List<int>(tokens.Length);
        var frequencies = new List<double>(tokens.Length);
        var row = new List<(int Term, double Weight)>(256);
        for (var doc = 0; doc < Count; doc++)
        {
            row.Clear();
            for (var column = 0; column < Columns; column++)
            {
                for (var i = columnStart[doc * Columns + column]; i < columnStart[doc * Columns + column + 1]; i++)
                    row.Add((tokens[i], weights[column]));
            }
            row.Sort(static (a, b) => a.Term.CompareTo(b.Term));
            for (var i = 0; i < row.Count;)
            {
                var term = row[i].Term;
                double frequency = 0;
                for (; i < row.Count && row[i].Term == term; i++)
                    frequency += row[i].Weight;
                terms.Add(term);
                docs.Add(doc);
                frequencies.Add(frequency);
                counts[term + 1]++;
            }
        }
        for (var t = 0; t < termCount; t++)
            counts[t + 1] += counts[t];
        var start = (int[])counts.Clone();
        var next = counts;
        var postingDocs = new int[terms.Count];
        var postingFrequencies = new double[terms.Count];
        for (var p = 0; p < terms.Count; p++)
        {
            var at = next[terms[p]]++;
            postingDocs[at] = docs[p];
            postingFrequencies[at] = frequencies[p];
        }
        return (start, postingDocs, postingFrequencies);
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
