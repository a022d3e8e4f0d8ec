using System.Collections.Frozen;
using MediaDiscovery.Core.Catalog;
using MediaDiscovery.Core.Catalog.Ingestion;
using MediaDiscovery.Core.Search;

namespace MediaDiscovery.Core.Intent;

/// <summary>
/// What the rules know from the catalog: every title by its normal form (for "like X" and lookups), every
/// credited person of two or more words (for people filters), surnames that point at one dominant person, the
/// catalog's countries, and the phrase vocabulary. Immutable once built (plain dictionaries: a frozen one costs
/// more to build than it saves here); rebuilt whole when the catalog changes.
/// </summary>
public sealed class IntentGazetteer
{
    /// <summary>Titles longer than this (in words) are not looked for in queries.</summary>
    public const int MaxTitleTokens = 12;

    public const int MaxNameTokens = 5;

    private readonly Dictionary<string, GazetteerTitle> titles;
    private readonly Dictionary<string, GazetteerTitle>.AlternateLookup<ReadOnlySpan<char>> titleLookup;
    private readonly Dictionary<string, GazetteerPerson> people;
    private readonly Dictionary<string, GazetteerPerson>.AlternateLookup<ReadOnlySpan<char>> personLookup;
    private readonly Dictionary<string, GazetteerPerson> surnames;

    private IntentGazetteer(
        Dictionary<string, GazetteerTitle> titles,
        Dictionary<string, GazetteerPerson> people,
        Dictionary<string, GazetteerPerson> surnames,
        IntentVocabulary vocabulary,
        long catalogVersion)
    {
        this.titles = titles;
        this.people = people;
        this.surnames = surnames;
        titleLookup = titles.GetAlternateLookup<ReadOnlySpan<char>>();
        personLookup = people.GetAlternateLookup<ReadOnlySpan<char>>();
        Vocabulary = vocabulary;
        CatalogVersion = catalogVersion;
    }

    public IntentVocabulary Vocabulary { get; }

    public long CatalogVersion { get; }

    public int TitleCount => titles.Count;

    public int PersonCount => people.Count;

    public static IntentGazetteer Build(TitleTable table, CatalogTaxonomy taxonomy) =>
        Build(table, taxonomy, IntentPhraseFile.Default);

    public static IntentGazetteer Build(TitleTable table, CatalogTaxonomy taxonomy, IReadOnlyList<(string Phrase, PhraseMeaning Meaning)> phrases)
    {
        ArgumentNullException.ThrowIfNull(table);
        ArgumentNullException.ThrowIfNull(taxonomy);
        var titles = new Dictionary<string, (Title Title, int Rank)>(StringComparer.Ordinal);
        var credits = new PersonCredits();
        var countries = new HashSet<string>(StringComparer.Ordinal);
        foreach (var title in table.Titles)
        {
            AddTitle(titles, title);
            credits.Add(title);
            countries.UnionWith(title.Countries);
        }
        var vocabulary = IntentVocabulary.Build(taxonomy, countries, phrases);
        var people = credits.People(vocabulary.Words);
        return new IntentGazetteer(
            titles.ToDictionary(p => p.Key, p => new GazetteerTitle(p.Value.Title.Name, p.Value.Title.Type, p.Value.Title.ReleaseYear), StringComparer.Ordinal),
            people,
            DominantSurnames(people, vocabulary.Words),
            vocabulary,
            table.CatalogVersion);
    }

    public bool TryGetTitle(ReadOnlySpan<char> key, out GazetteerTitle title) => titleLookup.TryGetValue(key, out title!);

    public bool TryGetPerson(ReadOnlySpan<char> key, out GazetteerPerson person) => personLookup.TryGetValue(key, out person!);

    /// <summary>The catalog's spelling of a country it knows (case-insensitive).</summary>
    public bool TryGetCountry(string name, out string country)
    {
        if (Vocabulary.TryGet(QueryTokenizer.PhraseKey(name ?? ""), out var meanings)
            && meanings.FirstOrDefault(m => m.Kind == PhraseKind.Country) is { } meaning)
        {
            country = meaning.Values[0];
            return string.Equals(country, name?.Trim(), StringComparison.OrdinalIgnoreCase);
        }
        country = "";
        return false;
    }

    /// <summary>The one person a bare surname safely names, if any.</summary>
    public bool TryGetBySurname(string surname, out GazetteerPerson person) => surnames.TryGetValue(surname, out person!);

    private static void AddTitle(Dictionary<string, (Title Title, int Rank)> titles, Title title)
    {
        var rank = title.Availability.Count(a => a.Available) * 4 + (title.Scores.RottenTomatoes is null ? 0 : 2) + (title.Scores.Imdb is null ? 0 : 1);
        var key = TitleNormaliser.Normalise(title.Name);
        Keep(titles, key, title, rank);
        // "The Office (U.S.)" is also found as "the office" when nothing else is called that.
        var paren = title.Name.IndexOf('(', StringComparison.Ordinal);
        if (paren > 0)
            Keep(titles, TitleNormaliser.Normalise(title.Name[..paren]), title, rank - 100);
    }

    private static void Keep(Dictionary<string, (Title Title, int Rank)> titles, string key, Title title, int rank)
    {
        if (key.Length == 0 || key.Count(c => c == ' ') >= MaxTitleTokens)
            return;
        if (!titles.TryGetValue(key, out var kept) || rank > kept.Rank
            || (rank == kept.Rank && (title.ReleaseYear ?? 0) > (kept.Title.ReleaseYear ?? 0)))
            titles[key] = (title, rank);
    }

    /// <summary>
    /// Surnames that name one person safely: the most credited bearer has at least 3 credits and at least 3 times
    /// as many as the next one, and the surname is not an everyday word of the vocabulary.
    /// </summary>
    private static Dictionary<string, GazetteerPerson> DominantSurnames(Dictionary<string, GazetteerPerson> people, FrozenSet<string> vocabularyWords)
    {
        var bySurname = new Dictionary<string, (GazetteerPerson Best, int Runner)>(StringComparer.Ordinal);
        foreach (var (key, person) in people)
        {
            var surname = key[(key.LastIndexOf(' ') + 1)..];
            if (surname.Length < 3 || vocabularyWords.Contains(surname) || StopWords.Contains(surname))
                continue;
            if (!bySurname.TryGetValue(surname, out var entry))
                bySurname[surname] = (person, 0);
            else if (person.Credits > entry.Best.Credits)
                bySurname[surname] = (person, entry.Best.Credits);
            else
                bySurname[surname] = (entry.Best, Math.Max(entry.Runner, person.Credits));
        }
        return bySurname
            .Where(p => p.Value.Best.Credits >= 3 && p.Value.Best.Credits >= 3 * p.Value.Runner)
            .ToDictionary(p => p.Key, p => p.Value.Best, StringComparer.Ordinal);
    }
}
