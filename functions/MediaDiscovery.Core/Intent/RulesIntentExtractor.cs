using MediaDiscovery.Core.Ports;
using MediaDiscovery.Core.Search;

namespace MediaDiscovery.Core.Intent;

/// <summary>
/// The embedded intent extractor: deterministic rules over the catalog's gazetteer and the phrase vocabulary.
/// Reads, in order, a whole-query title lookup, "like X", maturity, runtime, years, "about ..." topics, people,
/// capitalised titles, the phrase vocabulary, then a title left over; precision first (a word becomes a filter
/// only when the rules are sure what it means). Dates relative to now come from the injected clock.
/// </summary>
public sealed class RulesIntentExtractor : IIntentExtractor
{
    public const string SourceName = "rules";

    private readonly IIntentGazetteerSource gazetteers;
    private readonly TimeProvider clock;

    public RulesIntentExtractor(IIntentGazetteerSource gazetteers, TimeProvider clock)
    {
        this.gazetteers = gazetteers;
        this.clock = clock;
    }

    public RulesIntentExtractor(IntentGazetteer gazetteer, TimeProvider clock)
        : this(new FixedGazetteerSource(gazetteer), clock)
    {
    }

    public async ValueTask<SearchIntent> ExtractAsync(string query, CancellationToken ct = default) =>
        Extract(query, await gazetteers.GetAsync(ct));

    public SearchIntent Extract(string query, IntentGazetteer gazetteer)
    {
        ArgumentNullException.ThrowIfNull(gazetteer);
        var (q, slots) = Read(query ?? "", gazetteer, descriptive: false);
        // A query that still has a sentence left once the slots are read is a description of something ("hit man
        // for the mafia looks back on his life"): there, genre, country and year words are plot, not constraints.
        // Read it again keeping only what explicit cues mark (platforms, types, cued people, ages, runtimes).
        if (slots.Intent != IntentKind.Lookup && IsDescription(q))
            (q, slots) = Read(query ?? "", gazetteer, descriptive: true);
        return new SearchIntent
        {
            Intent = slots.Intent,
            Filters = slots.ToFilters(),
            SimilarTo = slots.SimilarTo,
            Text = ResidualText.Of(q),
            Source = SourceName,
            Confidence = IntentConfidence.Of(q, slots),
            Unsupported = slots.Unsupported.ToList(),
        };
    }

    /// <summary>Residual content words at or above which a query is read as a description.</summary>
    public const int DescriptiveQueryWords = 4;

    private (ParsedQuery Query, IntentSlots Slots) Read(string query, IntentGazetteer gazetteer, bool descriptive)
    {
        var q = new ParsedQuery(query);
        var slots = new IntentSlots();
        if (!LookupPhrases.TryWholeQuery(q, slots, gazetteer))
            ReadAll(q, slots, gazetteer, descriptive);
        return (q, slots);
    }

    /// <summary>
    /// Enough words left to be a sentence, or fewer with a relative clause about someone ("depressed horse who
    /// starred in a 90s sitcom": its genre and decade words would otherwise leave only three).
    /// </summary>
    private static bool IsDescription(ParsedQuery q)
    {
        var words = ResidualText.Of(q).Split(' ', StringSplitOptions.RemoveEmptyEntries).Length;
        return words >= DescriptiveQueryWords || (words >= DescriptiveClauseWords && HasRelativeClause(q));
    }

    /// <summary>Residual content words at or above which a query with a relative clause is read as a description.</summary>
    public const int DescriptiveClauseWords = 2;

    /// <summary>"who"/"whose" after a content word: a clause describing a character, not a question ("who directed").</summary>
    private static bool HasRelativeClause(ParsedQuery q)
    {
        for (var i = 1; i < q.Count; i++)
        {
            if (q.IsAny(i, "who", "whose") && !StopWords.Contains(q.Text(i - 1)))
                return true;
        }
        return false;
    }

    private void ReadAll(ParsedQuery q, IntentSlots slots, IntentGazetteer gazetteer, bool descriptive)
    {
        SimilarPhrases.Read(q, slots, gazetteer);
        AgePhrases.Read(q, slots, gazetteer.Vocabulary, descriptive);
        RuntimePhrases.Read(q, slots);
        if (!descriptive)
            YearPhrases.Read(q, slots, clock.GetUtcNow().Year);
        TopicScope.Mark(q);
        PeoplePhrases.Read(q, slots, gazetteer, requireCue: descriptive);
        TitlePhrases.MarkNamedTitles(q, gazetteer);
        VocabularyPhrases.Read(q, slots, gazetteer.Vocabulary, descriptive ? VocabularyPhrases.CuedKinds : null);
        LookupPhrases.TryResidue(q, slots, gazetteer);
    }

    private sealed class FixedGazetteerSource(IntentGazetteer gazetteer) : IIntentGazetteerSource
    {
        public ValueTask<IntentGazetteer> GetAsync(CancellationToken ct = default) => ValueTask.FromResult(gazetteer);
    }
}
