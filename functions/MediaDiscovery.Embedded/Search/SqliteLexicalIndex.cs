using System.Collections.Concurrent;
using System.Diagnostics;
using System.Globalization;
using System.Text;
using MediaDiscovery.Core.Search;

namespace MediaDiscovery.Embedded.Search;

/// <summary>
/// BM25 over a title table's title, description, people and genres: SQLite FTS5 (porter + unicode61 without
/// diacritics) in <c>lexical.db</c> under a data directory. The file is reused while it was built from the same
/// catalog (version, count and ordinals), else rebuilt. Searches may run concurrently: each takes an open
/// connection with prepared queries from a small pool.
/// </summary>
public sealed class SqliteLexicalIndex : ILexicalIndex
{
    public const string FileName = "lexical.db";

    /// <summary>Masks up to this size are applied inside SQL; larger ones by over-fetching and filtering.</summary>
    public const int SelectiveMaskLimit = 3000;

    private const int OverFetchFactor = 5;

    /// <summary>A term in more than this share of documents is common: it adds to scores but selects no candidates.</summary>
    private const double CommonTermShare = 0.05;

    /// <summary>At least this many of the rarest terms always select candidates.</summary>
    private const int MinCandidateTerms = 2;

    private readonly ConcurrentBag<LexicalReader> idle = [];
    private readonly string connectionString;
    private readonly LexicalIndexStamp stamp;
    private readonly string[] sql = new string[4];
    private volatile bool disposed;
    private volatile bool superseded;

    private SqliteLexicalIndex(string path, LexicalIndexStamp stamp, LexicalColumnWeights weights, bool built, TimeSpan buildDuration)
    {
        FilePath = path;
        this.stamp = stamp;
        Count = stamp.TitleCount;
        WasBuilt = built;
        BuildDuration = buildDuration;
        connectionString = LexicalIndexFile.ReadOnlyConnectionString(path);
        var score = string.Create(CultureInfo.InvariantCulture,
            $"-bm25(fts, {weights.Title:R}, {weights.Description:R}, {weights.People:R}, {weights.Genres:R})");
        for (var variant = 0; variant < sql.Length; variant++)
        {
            var candidates = (variant & 1) != 0 ? " AND +rowid IN (SELECT rowid FROM fts WHERE fts MATCH $candidates)" : "";
            var masked = (variant & 2) != 0 ? " AND +rowid IN (SELECT value FROM json_each($ordinals))" : "";
            sql[variant] = $"SELECT rowid, {score} AS score FROM fts WHERE fts MATCH $match{candidates}{masked} ORDER BY score DESC, rowid LIMIT $limit";
        }
    }

    public string FilePath { get; }

    /// <summary>How many titles (ordinals) the index covers.</summary>
    public int Count { get; }

    /// <summary>Whether opening built the file (false: an existing file for the same catalog was reused).</summary>
    public bool WasBuilt { get; }

    public TimeSpan BuildDuration { get; }

    /// <summary>Opens the index in <paramref name="dataDirectory"/>, building it when missing or built from another catalog.</summary>
    public static SqliteLexicalIndex OpenOrBuild(string dataDirectory, TitleTable titles, LexicalColumnWeights? weights = null)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(dataDirectory);
        ArgumentNullException.ThrowIfNull(titles);
        Directory.CreateDirectory(dataDirectory);
        var path = Path.GetFullPath(Path.Combine(dataDirectory, FileName));
        var stamp = LexicalIndexStamp.For(titles);
        if (LexicalIndexFile.ReadStamp(path) == stamp)
            return new SqliteLexicalIndex(path, stamp, weights ?? LexicalColumnWeights.Default, built: false, TimeSpan.Zero);
        var clock = Stopwatch.StartNew();
        LexicalIndexFile.Build(path, titles, stamp);
        return new SqliteLexicalIndex(path, stamp, weights ?? LexicalColumnWeights.Default, built: true, clock.Elapsed);
    }

    /// <summary>
    /// The best <paramref name="k"/> titles for untrusted <paramref name="text"/> among those the mask allows (null =
    /// all), best first. Text without words, or an empty mask, matches nothing.
    /// </summary>
    public IReadOnlyList<LexicalHit> Search(string? text, FilterMask? mask, int k, LexicalMatch match = LexicalMatch.AnyTerm)
    {
        if (k <= 0 || (mask is not null && mask.Count == 0))
            return [];
        var reader = Rent();
        if (reader is null)
            return [];
        try
        {
            var plan = Plan(reader, text, match);
            return plan is null ? [] : Run(reader, plan, mask, k);
        }
        finally
        {
            Return(reader);
        }
    }

    private LexicalQueryPlan? Plan(LexicalReader reader, string? text, LexicalMatch match)
    {
        if (match != LexicalMatch.AnyTerm)
            return Fts5MatchExpression.Build(text, match) is { } expression ? new LexicalQueryPlan(expression, null) : null;
        var terms = QueryTerms.Significant(QueryTerms.Tokens(text));
        var all = Fts5MatchExpression.AnyOf(terms);
        if (all is null)
            return null;
        var byFrequency = terms.Select(t => (Term: t, Docs: reader.DocumentFrequency(t))).OrderBy(t => t.Docs).ToList();
        var commonAbove = CommonTermShare * Count;
        var rare = byFrequency.Where((t, i) => i < MinCandidateTerms || t.Docs <= commonAbove).Select(t => t.Term).ToList();
        return rare.Count == terms.Count ? new LexicalQueryPlan(all, null) : new LexicalQueryPlan(all, Fts5MatchExpression.AnyOf(rare));
    }

    private string Sql(LexicalQueryPlan plan, bool masked) => sql[(plan.Candidates is null ? 0 : 1) | (masked ? 2 : 0)];

    private List<LexicalHit> Run(LexicalReader reader, LexicalQueryPlan plan, FilterMask? mask, int k)
    {
        var hits = new List<LexicalHit>(Math.Min(k, 256));
        if (mask is null)
            reader.Command(Sql(plan, masked: false)).Run(plan, k, null, hits);
        else if (mask.Count <= SelectiveMaskLimit)
            reader.Command(Sql(plan, masked: true)).Run(plan, k, OrdinalsJson(mask), hits);
        else
            return OverFetch(reader, plan, mask, k);
        return hits;
    }

    /// <summary>Fetches enough unfiltered rows that k are likely to pass the mask; more when they do not.</summary>
    private List<LexicalHit> OverFetch(LexicalReader reader, LexicalQueryPlan plan, FilterMask mask, int k)
    {
        var expectedPassRate = (double)mask.Count / Math.Max(1, Count);
        var limit = (int)Math.Min(Count, Math.Max(OverFetchFactor * k, Math.Ceiling(2 * k / expectedPassRate)));
        var rows = new List<LexicalHit>(limit);
        var hits = new List<LexicalHit>(k);
        while (true)
        {
            rows.Clear();
            hits.Clear();
            reader.Command(Sql(plan, masked: false)).Run(plan, limit, null, rows);
            foreach (var row in rows)
            {
                if (row.Ordinal >= 0 && row.Ordinal < Count && mask[row.Ordinal])
                {
                    hits.Add(row);
                    if (hits.Count == k)
                        return hits;
                }
            }
            if (rows.Count < limit || limit >= Count)
                return hits;
            limit = (int)Math.Min(Count, 4L * limit);
        }
    }

    private string OrdinalsJson(FilterMask mask)
    {
        var json = new StringBuilder(mask.Count * 6 + 2).Append('[');
        var first = true;
        for (var ordinal = 0; ordinal < Count; ordinal++)
        {
            if (!mask[ordinal])
                continue;
            if (!first)
                json.Append(',');
            json.Append(ordinal + 1);
            first = false;
        }
        return json.Append(']').ToString();
    }

    /// <summary>An idle reader, or a new one; null once a rebuild has replaced the file this index was built for.</summary>
    private LexicalReader? Rent()
    {
        if (idle.TryTake(out var reader))
            return reader;
        if (superseded)
            return null;
        reader = new LexicalReader(connectionString);
        if (reader.ReadStamp() == stamp)
            return reader;
        superseded = true;
        reader.Dispose();
        return null;
    }

    private void Return(LexicalReader reader)
    {
        if (disposed)
        {
            reader.Dispose();
            return;
        }
        idle.Add(reader);
        if (disposed)
            DrainIdle();
    }

    /// <summary>Closes idle connections; searches still running finish, and later ones open and close their own.</summary>
    public void Dispose()
    {
        disposed = true;
        DrainIdle();
    }

    private void DrainIdle()
    {
        while (idle.TryTake(out var reader))
            reader.Dispose();
    }
}
