using System.Collections.Frozen;
using MediaDiscovery.Core.Catalog;
using MediaDiscovery.Core.Catalog.Ingestion;

namespace MediaDiscovery.Core.Intent;

/// <summary>
/// Every phrase the rules recognise outside names and titles, by phrase key: genre surface forms derived from the
/// taxonomy's ids and display names (with plurals), the hand-written <c>intent-phrases.csv</c>, and the
/// catalog's own country names. A value that is not in the catalog's vocabularies never gets in.
/// </summary>
public sealed class IntentVocabulary
{
    // Plurals that read as something else ("star wars" is not a war film).
    private static readonly FrozenSet<string> NotPlurals = FrozenSet.Create(StringComparer.Ordinal, "wars", "newss", "kidss", "sportss", "actions");

    private readonly FrozenDictionary<string, PhraseMeaning[]> meanings;
    private readonly FrozenDictionary<string, PhraseMeaning[]>.AlternateLookup<ReadOnlySpan<char>> lookup;

    private IntentVocabulary(Dictionary<string, List<PhraseMeaning>> byPhrase, FrozenDictionary<string, int> ratings)
    {
        Ratings = ratings;
        meanings = byPhrase.ToFrozenDictionary(p => p.Key, p => p.Value.ToArray(), StringComparer.Ordinal);
        lookup = meanings.GetAlternateLookup<ReadOnlySpan<char>>();
        MaxPhraseTokens = meanings.Keys.Select(k => k.Count(c => c == ' ') + 1).DefaultIfEmpty(1).Max();
        Words = meanings.Keys.SelectMany(k => k.Split(' ')).ToFrozenSet(StringComparer.Ordinal);
    }

    public int MaxPhraseTokens { get; }

    /// <summary>Every word of every phrase (names made only of these are not taken for people).</summary>
    public FrozenSet<string> Words { get; }

    /// <summary>Certifications by phrase key ("pg 13", "tv ma") and their minimum age.</summary>
    public FrozenDictionary<string, int> Ratings { get; }

    public bool TryGet(ReadOnlySpan<char> key, out PhraseMeaning[] phraseMeanings) => lookup.TryGetValue(key, out phraseMeanings!);

    public static IntentVocabulary Build(
        CatalogTaxonomy taxonomy, IEnumerable<string> catalogCountries, IReadOnlyList<(string Phrase, PhraseMeaning Meaning)> phrases)
    {
        var countries = catalogCountries.ToFrozenSet(StringComparer.Ordinal);
        var byPhrase = new Dictionary<string, List<PhraseMeaning>>(StringComparer.Ordinal);
        foreach (var genre in taxonomy.Genres)
        {
            foreach (var form in GenreForms(genre))
                Add(byPhrase, form, new PhraseMeaning(PhraseKind.Genre, [genre.Id]));
        }
        foreach (var country in countries)
            Add(byPhrase, country, new PhraseMeaning(PhraseKind.Country, [country]));
        foreach (var (phrase, meaning) in phrases)
        {
            if (IsValid(meaning, taxonomy, countries))
                Add(byPhrase, phrase, meaning, replaceSameKind: true);
        }
        var ratings = AgePhrases.RatingSpellings
            .Select(r => (Key: QueryTokenizer.PhraseKey(r), Age: taxonomy.MinAgeFor(r).Age))
            .Where(r => r.Age is not null && r.Key.Length > 0)
            .ToFrozenDictionary(r => r.Key, r => r.Age!.Value, StringComparer.Ordinal);
        return new IntentVocabulary(byPhrase, ratings);
    }

    private static IEnumerable<string> GenreForms(CanonicalGenre genre)
    {
        var bases = new[] { genre.Id.Replace('-', ' '), genre.DisplayName }.Select(QueryTokenizer.PhraseKey).Distinct();
        foreach (var form in bases)
        {
            yield return form;
            var plural = Plural(form);
            if (!NotPlurals.Contains(plural.Split(' ')[^1]))
                yield return plural;
        }
    }

    private static string Plural(string phrase) =>
        phrase.EndsWith('y') && !phrase.EndsWith("ey", StringComparison.Ordinal) ? phrase[..^1] + "ies" : phrase + "s";

    private static bool IsValid(PhraseMeaning meaning, CatalogTaxonomy taxonomy, FrozenSet<string> countries) => meaning.Kind switch
    {
        PhraseKind.Genre => meaning.Values.Count > 0 && meaning.Values.All(taxonomy.IsCanonicalGenre),
        PhraseKind.Type => meaning.Values is [var type] && ContentTypes.TryParseWire(type, out _),
        PhraseKind.Platform => meaning.Values is [var id] && taxonomy.PlatformById(id) is not null,
        PhraseKind.Country => meaning.Values is [var country] && countries.Contains(country),
        PhraseKind.Age => meaning.Values is [var age] && int.TryParse(age, out var years) && years is >= 0 and <= 21,
        PhraseKind.Unsupported => meaning.Values.Count == 1,
        _ => true,
    };

    private static void Add(Dictionary<string, List<PhraseMeaning>> byPhrase, string phrase, PhraseMeaning meaning, bool replaceSameKind = false)
    {
        var key = QueryTokenizer.PhraseKey(phrase);
        if (key.Length == 0)
            return;
        if (!byPhrase.TryGetValue(key, out var list))
            byPhrase[key] = list = [];
        if (replaceSameKind)
            list.RemoveAll(m => m.Kind == meaning.Kind && !m.Values.SequenceEqual(meaning.Values) && meaning.Kind == PhraseKind.Genre);
        if (!list.Contains(meaning) && !list.Any(m => m.Kind == meaning.Kind && m.Values.SequenceEqual(meaning.Values)))
            list.Add(meaning);
    }
}
