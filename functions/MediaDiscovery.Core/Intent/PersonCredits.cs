using MediaDiscovery.Core.Catalog;

namespace MediaDiscovery.Core.Intent;

/// <summary>
/// Tallies each credited person's cast and director credits while the gazetteer is built: by spelling first
/// (names repeat across titles, so each spelling is normalised once), then merged by name normal form.
/// </summary>
internal sealed class PersonCredits
{
    private readonly Dictionary<string, (int Cast, int Directors)> bySpelling = new(StringComparer.Ordinal);

    public void Add(Title title)
    {
        foreach (var name in title.Cast)
        {
            ref var tally = ref System.Runtime.InteropServices.CollectionsMarshal.GetValueRefOrAddDefault(bySpelling, name, out _);
            tally.Cast++;
        }
        foreach (var name in title.Directors)
        {
            ref var tally = ref System.Runtime.InteropServices.CollectionsMarshal.GetValueRefOrAddDefault(bySpelling, name, out _);
            tally.Directors++;
        }
    }

    /// <summary>
    /// People of 2..5 words, some of them not vocabulary or stop words ("Romantic Comedy" credited as a person is
    /// not taken for one). A person spelt several ways gets the most credited spelling.
    /// </summary>
    public Dictionary<string, GazetteerPerson> People(IReadOnlySet<string> vocabularyWords)
    {
        var people = new Dictionary<string, GazetteerPerson>(bySpelling.Count, StringComparer.Ordinal);
        foreach (var (spelling, tally) in bySpelling)
        {
            var key = TitleNormaliser.Normalise(spelling);
            if (!IsName(key, vocabularyWords))
                continue;
            if (people.TryGetValue(key, out var other))
            {
                var name = tally.Cast + tally.Directors > other.Credits ? spelling : other.Name;
                people[key] = new GazetteerPerson(name, other.CastCredits + tally.Cast, other.DirectorCredits + tally.Directors);
            }
            else
            {
                people[key] = new GazetteerPerson(spelling, tally.Cast, tally.Directors);
            }
        }
        return people;
    }

    private static bool IsName(string key, IReadOnlySet<string> vocabularyWords)
    {
        var words = key.Split(' ');
        if (words.Length < 2 || words.Length > IntentGazetteer.MaxNameTokens)
            return false;
        foreach (var word in words)
        {
            if (!vocabularyWords.Contains(word) && !StopWords.Contains(word) && !word.All(char.IsAsciiDigit))
                return true;
        }
        return false;
    }
}
