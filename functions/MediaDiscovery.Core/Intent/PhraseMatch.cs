namespace MediaDiscovery.Core.Intent;

/// <summary>Fixed word sequences around a token ("at most" before a number, "or later" after a year).</summary>
public static class PhraseMatch
{
    /// <summary>How many tokens of one of the phrases end just before token i (0 = none).</summary>
    public static int Before(ParsedQuery q, int i, string[][] phrases)
    {
        foreach (var phrase in phrases)
        {
            var start = i - phrase.Length;
            if (start >= 0 && q.IsUnconsumed(start, phrase.Length) && Matches(q, start, phrase))
                return phrase.Length;
        }
        return 0;
    }

    /// <summary>How many tokens of one of the phrases start at token i (0 = none).</summary>
    public static int After(ParsedQuery q, int i, string[][] phrases)
    {
        foreach (var phrase in phrases)
        {
            if (i + phrase.Length <= q.Count && q.IsUnconsumed(i, phrase.Length) && Matches(q, i, phrase))
                return phrase.Length;
        }
        return 0;
    }

    public static bool Matches(ParsedQuery q, int start, string[] phrase)
    {
        for (var k = 0; k < phrase.Length; k++)
        {
            if (!q.Is(start + k, phrase[k]))
                return false;
        }
        return true;
    }

}
