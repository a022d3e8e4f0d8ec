namespace MediaDiscovery.Core.Intent;

/// <summary>
/// What is left for semantic matching: the words no rule took, as typed, without filler words. Words of a title
/// the query names are all kept ("The Lord of the Rings" stays whole).
/// </summary>
public static class ResidualText
{
    public static string Of(ParsedQuery q)
    {
        var words = new List<string>();
        for (var i = 0; i < q.Count; i++)
        {
            if (q.InTitle[i] || (!q.Consumed[i] && !StopWords.Contains(q.Text(i))))
                words.Add(q.Surface(i));
        }
        return string.Join(' ', words);
    }

    /// <summary>Content words no rule took (for confidence).</summary>
    public static int UnreadWords(ParsedQuery q)
    {
        var count = 0;
        for (var i = 0; i < q.Count; i++)
        {
            if (!q.Consumed[i] && !q.InTitle[i] && !q.Topic[i] && !StopWords.Contains(q.Text(i)))
                count++;
        }
        return count;
    }
}
