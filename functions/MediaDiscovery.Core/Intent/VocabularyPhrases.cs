using MediaDiscovery.Core.Catalog;
using MediaDiscovery.Core.Search;

namespace MediaDiscovery.Core.Intent;

/// <summary>
/// The phrase vocabulary (genres, types, platforms, countries, maturity words, availability and recommendation
/// cues), longest phrase first. A negation ("not", "no", "without", "nothing too") turns the genres that follow it
/// (a list joined by "or", "and" or commas included, and a word the rules do not know when a joint follows it:
/// "nothing too violent or scary") into exclusions; a negated type, platform or country is simply dropped.
/// </summary>
public static class VocabularyPhrases
{
    // Words that may sit between a negation and what it negates ("no more horror", "not too scary", "without any").
    private static readonly HashSet<string> Bridges = new(StringComparer.Ordinal)
    {
        "any", "too", "much", "more", "of", "the", "a", "an", "very", "overly", "or", "and", "nor", "really", "so",
        "anything", "something", "stuff", "kind", "type", "for", "overtly", "that", "is", "are",
    };

    private enum Negation
    {
        Off,
        Pending,
        GenreChain,
    }

    /// <summary>The kinds a description keeps: explicit request words, not plot words like genres or nationalities.</summary>
    public static readonly IReadOnlySet<PhraseKind> CuedKinds = new HashSet<PhraseKind>
    {
        PhraseKind.Type, PhraseKind.Platform, PhraseKind.Unsupported, PhraseKind.Age, PhraseKind.Available, PhraseKind.Recommend, PhraseKind.Noop,
    };

    public static void Read(ParsedQuery q, IntentSlots slots, IntentVocabulary vocabulary, IReadOnlySet<PhraseKind>? onlyKinds = null)
    {
        var negation = Negation.Off;
        var joined = false;
        for (var i = 0; i < q.Count; i++)
        {
            joined |= q.CommaBefore(i) || q.IsAny(i, "or", "and", "nor");
            if (!q.IsFree(i, 1))
            {
                negation = q.Consumed[i] && negation != Negation.Off && !Bridges.Contains(q.Text(i)) ? Negation.Off : negation;
                continue;
            }
            if (!TryLongest(q, i, vocabulary, onlyKinds, out var meanings, out var length))
            {
                if (!Bridges.Contains(q.Text(i)) && !q.IsAny(i + 1, "or", "nor", "and"))
                    negation = Negation.Off;
                continue;
            }
            // After a negated genre only a joined one is negated too: "non-animated family movies" keeps "family".
            if (negation == Negation.GenreChain && !joined)
                negation = Negation.Off;
            q.Consume(i, length);
            negation = Apply(meanings, negation, slots);
            joined = false;
            i += length - 1;
        }
    }

    private static bool TryLongest(ParsedQuery q, int i, IntentVocabulary vocabulary, IReadOnlySet<PhraseKind>? onlyKinds, out PhraseMeaning[] meanings, out int length)
    {
        for (length = Math.Min(vocabulary.MaxPhraseTokens, q.Count - i); length >= 1; length--)
        {
            if (q.IsFree(i, length) && vocabulary.TryGet(q.Key(i, length), out meanings)
                && (onlyKinds is null || meanings.All(m => onlyKinds.Contains(m.Kind))))
                return true;
        }
        meanings = [];
        return false;
    }

    private static Negation Apply(PhraseMeaning[] meanings, Negation negation, IntentSlots slots)
    {
        if (meanings.Any(m => m.Kind == PhraseKind.Negate))
            return Negation.Pending;
        var negated = negation != Negation.Off;
        var hasGenre = meanings.Any(m => m.Kind == PhraseKind.Genre);
        foreach (var meaning in meanings)
        {
            if (negated && (meaning.Kind != PhraseKind.Genre && (negation == Negation.Pending || hasGenre)))
                continue;
            if (negated && meaning.Kind == PhraseKind.Genre)
            {
                foreach (var id in meaning.Values)
                    IntentSlots.AddDistinct(slots.ExcludeGenres, id);
                continue;
            }
            ApplyOne(meaning, slots);
        }
        return hasGenre && negated ? Negation.GenreChain : Negation.Off;
    }

    private static void ApplyOne(PhraseMeaning meaning, IntentSlots slots)
    {
        switch (meaning.Kind)
        {
            case PhraseKind.Genre:
                foreach (var id in meaning.Values)
                    IntentSlots.AddDistinct(slots.Genres, id);
                break;
            case PhraseKind.Type when ContentTypes.TryParseWire(meaning.Values[0], out var type):
                IntentSlots.AddDistinct(slots.Types, type);
                break;
            case PhraseKind.Platform:
                IntentSlots.AddDistinct(slots.Platforms, meaning.Values[0]);
                break;
            case PhraseKind.Unsupported:
                IntentSlots.AddDistinct(slots.Unsupported, meaning.Values[0]);
                break;
            case PhraseKind.Country:
                IntentSlots.AddDistinct(slots.Countries, meaning.Values[0]);
                break;
            case PhraseKind.Age:
                slots.LimitAge(int.Parse(meaning.Values[0], System.Globalization.CultureInfo.InvariantCulture));
                break;
            case PhraseKind.Available:
                slots.AvailableNow = true;
                break;
            case PhraseKind.Recommend when slots.Intent == IntentKind.Search:
                slots.Intent = IntentKind.Recommend;
                break;
            default:
                break;
        }
    }
}
