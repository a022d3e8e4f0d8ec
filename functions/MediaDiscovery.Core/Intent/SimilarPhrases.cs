using MediaDiscovery.Core.Search;

namespace MediaDiscovery.Core.Intent;

/// <summary>
/// "like X", "similar to X", "in the vein of X", "if I liked X": when X is a catalog title, the intent is
/// <see cref="IntentKind.Similar"/> and <see cref="SearchIntent.SimilarTo"/> is the catalog's spelling. A single
/// everyday word after "like" ("like that", "like crime") is a title only when capitalised.
/// </summary>
public static class SimilarPhrases
{
    private static readonly string[][] Cues =
    [
        ["in", "the", "style", "of"], ["along", "the", "lines", "of"], ["in", "the", "vein", "of"], ["if", "i", "liked"],
        ["if", "i", "loved"], ["if", "i", "enjoyed"], ["if", "you", "liked"], ["if", "you", "loved"], ["because", "i", "liked"],
        ["because", "i", "loved"], ["same", "vibe", "as"], ["similar", "to"], ["reminiscent", "of"], ["comparable", "to"],
        ["fans", "of"], ["the", "likes", "of"], ["like"], ["similar"],
    ];

    private static readonly string[][] TypeWords = [["the", "movie"], ["the", "film"], ["the", "show"], ["the", "series"]];

    public static void Read(ParsedQuery q, IntentSlots slots, IntentGazetteer gazetteer)
    {
        for (var i = 0; i < q.Count && slots.SimilarTo is null; i++)
        {
            var cue = CueAt(q, i);
            if (cue == 0)
                continue;
            var at = i + cue;
            at += PhraseMatch.After(q, at, TypeWords);
            if (!TitlePhrases.TryLongestTitle(q, at, gazetteer, out var title, out var length))
                continue;
            q.Consume(i, at + length - i);
            slots.SimilarTo = title.Name;
            slots.Intent = IntentKind.Similar;
        }
    }

    private static int CueAt(ParsedQuery q, int i)
    {
        foreach (var cue in Cues)
        {
            if (q.IsFree(i, Math.Min(cue.Length, q.Count - i)) && PhraseMatch.Matches(q, i, cue))
                return cue.Length;
        }
        return 0;
    }
}
