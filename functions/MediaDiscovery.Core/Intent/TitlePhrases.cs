namespace MediaDiscovery.Core.Intent;

/// <summary>
/// Catalog titles inside queries. A one-word title that is an everyday or vocabulary word ("it", "up", "crime")
/// counts only when typed with a capital; longer titles count as typed. Capitalised titles of two or more words
/// that hold a word outside the vocabulary ("Star Wars", "The Crime of the Century") are set apart so that their
/// words never become filters.
/// </summary>
public static class TitlePhrases
{
    public static bool TryLongestTitle(ParsedQuery q, int i, IntentGazetteer gazetteer, out GazetteerTitle title, out int length)
    {
        for (length = Math.Min(IntentGazetteer.MaxTitleTokens, q.Count - i); length >= 1; length--)
        {
            if (q.IsFree(i, length) && gazetteer.TryGetTitle(q.Key(i, length), out title)
                && (length > 1 || q.Tokens[i].Capitalised || !IsEverydayWord(q.Text(i), gazetteer)))
                return true;
        }
        title = null!;
        return false;
    }

    public static bool IsEverydayWord(string word, IntentGazetteer gazetteer) =>
        StopWords.Contains(word) || gazetteer.Vocabulary.Words.Contains(word) || word.Length <= 2;

    /// <summary>Marks capitalised multi-word titles the query names, so their words stay text.</summary>
    public static void MarkNamedTitles(ParsedQuery q, IntentGazetteer gazetteer)
    {
        for (var i = 0; i < q.Count; i++)
        {
            if (!q.IsFree(i, 1) || !q.Tokens[i].Capitalised)
                continue;
            for (var length = Math.Min(IntentGazetteer.MaxTitleTokens, q.Count - i); length >= 2; length--)
            {
                if (q.IsFree(i, length) && IsNamedTitle(q, i, length, gazetteer))
                {
                    for (var k = i; k < i + length; k++)
                        q.InTitle[k] = true;
                    i += length - 1;
                    break;
                }
            }
        }
    }

    private static bool IsNamedTitle(ParsedQuery q, int i, int length, IntentGazetteer gazetteer)
    {
        if (!gazetteer.TryGetTitle(q.Key(i, length), out _))
            return false;
        var capitalised = 0;
        var outsideVocabulary = false;
        for (var k = i; k < i + length; k++)
        {
            var text = q.Text(k);
            if (StopWords.Contains(text))
                continue;
            capitalised += q.Tokens[k].Capitalised ? 1 : 0;
            outsideVocabulary |= !gazetteer.Vocabulary.Words.Contains(text);
        }
        return outsideVocabulary && capitalised >= 1 && q.Tokens[i + length - 1].Capitalised;
    }
}
