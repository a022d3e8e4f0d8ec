namespace MediaDiscovery.Core.Intent;

/// <summary>
/// A tokenised query while the rules read it: which words a rule has taken (consumed), which are the topic of an
/// "about ..." phrase (left to the text), which belong to a capitalised title the query names (never filters).
/// Phrase keys are spans of one joined string, so lookups allocate nothing.
/// </summary>
public sealed class ParsedQuery
{
    private readonly int[] starts;
    private readonly int[] ends;

    public ParsedQuery(string original)
    {
        Original = original;
        Tokens = QueryTokenizer.Tokenize(original);
        starts = new int[Tokens.Count];
        ends = new int[Tokens.Count];
        var joined = new System.Text.StringBuilder();
        for (var i = 0; i < Tokens.Count; i++)
        {
            if (i > 0)
                joined.Append(' ');
            starts[i] = joined.Length;
            joined.Append(Tokens[i].Text);
            ends[i] = joined.Length;
        }
        Joined = joined.ToString();
        Consumed = new bool[Tokens.Count];
        Topic = new bool[Tokens.Count];
        InTitle = new bool[Tokens.Count];
    }

    public string Original { get; }

    public IReadOnlyList<QueryToken> Tokens { get; }

    /// <summary>Every token's normal form, joined by single spaces.</summary>
    public string Joined { get; }

    public bool[] Consumed { get; }

    public bool[] Topic { get; }

    public bool[] InTitle { get; }

    public int Count => Tokens.Count;

    /// <summary>The phrase key of tokens [start, start + count).</summary>
    public ReadOnlySpan<char> Key(int start, int count) => Joined.AsSpan(starts[start], ends[start + count - 1] - starts[start]);

    public string Text(int i) => i >= 0 && i < Count ? Tokens[i].Text : "";

    public bool Is(int i, string text) => i >= 0 && i < Count && Tokens[i].Text == text;

    public bool IsAny(int i, params ReadOnlySpan<string> texts)
    {
        if (i < 0 || i >= Count)
            return false;
        foreach (var t in texts)
        {
            if (Tokens[i].Text == t)
                return true;
        }
        return false;
    }

    /// <summary>True when none of the tokens is consumed, a topic word or part of a named title.</summary>
    public bool IsFree(int start, int count)
    {
        if (start < 0 || start + count > Count)
            return false;
        for (var i = start; i < start + count; i++)
        {
            if (Consumed[i] || Topic[i] || InTitle[i])
                return false;
        }
        return true;
    }

    /// <summary>True when none of the tokens is consumed (topic and title words allowed).</summary>
    public bool IsUnconsumed(int start, int count)
    {
        if (start < 0 || start + count > Count)
            return false;
        for (var i = start; i < start + count; i++)
        {
            if (Consumed[i])
                return false;
        }
        return true;
    }

    public void Consume(int start, int count)
    {
        for (var i = start; i < start + count && i < Count; i++)
            Consumed[i] = true;
    }

    /// <summary>Whether a comma separates token i from the token before it ("thrillers, no horror, gore").</summary>
    public bool CommaBefore(int i) =>
        i > 0 && i < Count && Original.AsSpan(Tokens[i - 1].Start + Tokens[i - 1].Length, Tokens[i].Start - Tokens[i - 1].Start - Tokens[i - 1].Length).Contains(',');

    /// <summary>The original spelling of a token (as typed).</summary>
    public string Surface(int i) => Original.Substring(Tokens[i].Start, Tokens[i].Length);
}
