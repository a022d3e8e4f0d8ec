using MediaDiscovery.Core.Catalog;
using MediaDiscovery.Core.Search;

namespace MediaDiscovery.Core.Intent;

/// <summary>
/// Lookups: the whole query names a catalog title, maybe with "watch", "where can I stream", "the movie" around it
/// ("Frozen", "where can i watch the office", "inception movie"). A title that is also a vocabulary word ("Crime",
/// "Up") is a lookup only when it is the whole query; with other words around it the vocabulary reading wins.
/// </summary>
public static class LookupPhrases
{
    private static readonly HashSet<string> LeadingFillers = new(StringComparer.Ordinal)
    {
        "where", "can", "could", "i", "we", "to", "watch", "stream", "find", "play", "search", "for", "is", "put", "on", "please",
    };

    private static readonly Dictionary<string, ContentType> TypeWords = new(StringComparer.Ordinal)
    {
        ["movie"] = ContentType.Movie,
        ["film"] = ContentType.Movie,
        ["show"] = ContentType.Series,
        ["series"] = ContentType.Series,
    };

    public static bool TryWholeQuery(ParsedQuery q, IntentSlots slots, IntentGazetteer gazetteer)
    {
        if (q.Count == 0 || q.Count > IntentGazetteer.MaxTitleTokens + 6)
            return false;
        if (gazetteer.TryGetTitle(q.Key(0, q.Count), out _) && !IsAllVocabulary(q, 0, q.Count, gazetteer, minLength: 2))
        {
            Take(q, slots, 0, q.Count, type: null);
            slots.Guesses += IsAllVocabulary(q, 0, q.Count, gazetteer, minLength: 1) ? 1 : 0;
            return true;
        }
        ContentType? type = null;
        var start = 0;
        while (start < q.Count - 1 && (LeadingFillers.Contains(q.Text(start)) || (q.Is(start, "the") && TypeWords.ContainsKey(q.Text(start + 1)))))
        {
            if (q.Is(start, "the"))
            {
                type = TypeWords[q.Text(start + 1)];
                start++;
            }
            start++;
        }
        var end = q.Count;
        if (end - start > 1 && TypeWords.TryGetValue(q.Text(end - 1), out var trailing))
        {
            type ??= trailing;
            end--;
        }
        if ((start == 0 && end == q.Count) || !gazetteer.TryGetTitle(q.Key(start, end - start), out _)
            || IsAllVocabulary(q, start, end - start, gazetteer, minLength: 1))
            return false;
        Take(q, slots, start, end - start, type);
        return true;
    }

    /// <summary>What is left after the filters is exactly a title ("stranger things on netflix").</summary>
    public static void TryResidue(ParsedQuery q, IntentSlots slots, IntentGazetteer gazetteer)
    {
        if (slots.Intent != IntentKind.Search || slots.Genres.Count > 0 || slots.People.Count > 0)
            return;
        int first = -1, last = -1;
        for (var i = 0; i < q.Count; i++)
        {
            if (q.Consumed[i] || StopWords.Contains(q.Text(i)))
                continue;
            if (q.Topic[i])
                return;
            first = first < 0 ? i : first;
            last = i;
        }
        if (first < 0 || !q.IsUnconsumed(first, last - first + 1))
            return;
        if (q.Is(first - 1, "the") && q.IsUnconsumed(first - 1, 1) && TryResidueTitle(q, first - 1, last, gazetteer, slots))
            return;
        TryResidueTitle(q, first, last, gazetteer, slots);
    }

    private static bool TryResidueTitle(ParsedQuery q, int first, int last, IntentGazetteer gazetteer, IntentSlots slots)
    {
        var length = last - first + 1;
        if (!gazetteer.TryGetTitle(q.Key(first, length), out _))
            return false;
        if (length == 1 && !q.Tokens[first].Capitalised && TitlePhrases.IsEverydayWord(q.Text(first), gazetteer))
            return false;
        slots.Intent = IntentKind.Lookup;
        return true;
    }

    private static void Take(ParsedQuery q, IntentSlots slots, int start, int length, ContentType? type)
    {
        slots.Intent = IntentKind.Lookup;
        if (type is { } t)
            slots.Types.Add(t);
        for (var k = 0; k < q.Count; k++)
        {
            if (k < start || k >= start + length)
                q.Consume(k, 1);
            else
                q.InTitle[k] = true;
        }
    }

    private static bool IsAllVocabulary(ParsedQuery q, int start, int length, IntentGazetteer gazetteer, int minLength)
    {
        if (length < minLength)
            return false;
        for (var k = start; k < start + length; k++)
        {
            if (!TitlePhrases.IsEverydayWord(q.Text(k), gazetteer))
                return false;
        }
        return true;
    }
}
