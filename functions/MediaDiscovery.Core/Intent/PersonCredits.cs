using MediaDiscovery.Core.Catalog;

namespace MediaDiscovery.Core.Intent;

/// <summary>Tallies each credited person's cast and director credits, by name normal form, while the gazetteer is built.</summary>
internal sealed class PersonCredits
{
    private readonly Dictionary<string, Tally> byKey = new(StringComparer.Ordinal);

    public void Add(Title title)
    {
        foreach (var name in title.Cast)
            Count(name).Cast++;
        foreach (var name in title.Directors)
            Count(name).Directors++;
    }

    /// <summary>
    /// People of 2..5 words, some of them not vocabulary or stop words ("Romantic Comedy" credited as a person is
    /// not taken for one).
    /// </summary>
    public Dictionary<string, GazetteerPerson> People(IReadOnlySet<string> vocabularyWords)
    {
        var people = new Dictionary<string, GazetteerPerson>(byKey.Count, StringComparer.Ordinal);
        foreach (var (key, tally) in byKey)
        {
            var words = key.Split(' ');
            if (words.Length < 2 || words.Length > IntentGazetteer.MaxNameTokens)
                continue;
            if (words.All(w => vocabularyWords.Contains(w) || StopWords.Contains(w) || w.All(char.IsAsciiDigit)))
                continue;
            people[key] = new GazetteerPerson(tally.Spelling(), tally.Cast, tally.Directors);
        }
        return people;
    }

    private Tally Count(string name)
    {
        var key = TitleNormaliser.Normalise(name);
        if (!byKey.TryGetValue(key, out var tally))
            byKey[key] = tally = new Tally();
        tally.Spellings[name] = tally.Spellings.GetValueOrDefault(name) + 1;
        return tally;
    }

    private sealed class Tally
    {
        public int Cast;
        public int Directors;
        public readonly Dictionary<string, int> Spellings = new(StringComparer.Ordinal);

        public string Spelling() => Spellings.OrderByDescending(s => s.Value).ThenBy(s => s.Key, StringComparer.Ordinal).First().Key;
    }
}
