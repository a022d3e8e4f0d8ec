namespace MediaDiscovery.Core.Intent;

/// <summary>
/// "about X", "set in X", "based on X": X is what the titles are about, so it stays text ("documentaries about
/// music" is not a music filter, "a film about the Amazon" not Prime Video). The topic runs until a word that
/// starts another part of the query ("on netflix", "from the 90s", "with ...").
/// </summary>
public static class TopicScope
{
    private static readonly string[][] Cues =
    [
        ["on", "the", "topic", "of"], ["that", "explores"], ["dealing", "with"], ["focused", "on"], ["centered", "on"],
        ["centred", "on"], ["based", "on"], ["set", "in"], ["about"], ["regarding"], ["involving"], ["exploring"],
    ];

    private static readonly HashSet<string> Ends = new(StringComparer.Ordinal)
    {
        "on", "from", "in", "with", "by", "under", "over", "for", "rated", "released", "made", "streaming", "available",
        "that", "which", "but", "before", "after", "since", "between", "starring", "directed", "without", "not", "no",
    };

    public static void Mark(ParsedQuery q)
    {
        for (var i = 0; i < q.Count; i++)
        {
            var cue = CueAt(q, i);
            if (cue == 0)
                continue;
            q.Consume(i, cue);
            var k = i + cue;
            while (k < q.Count && !q.Consumed[k] && !Ends.Contains(q.Text(k)))
                q.Topic[k++] = true;
            i = k - 1;
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
