using MediaDiscovery.Core.Search;

namespace MediaDiscovery.Core.Intent;

/// <summary>
/// How sure the rules are, from how much of the query they read: 0.4 + 0.55 x (words read / (words read + content
/// words left unread)), less 0.15 for each guess (a surname alone, a title that is also a word), within
/// [0.1, 0.95]. Topic words ("about music") and title words count as read: the rules know what they are. A query
/// with no content words at all scores 0.2. A whole-query title lookup is 0.9 before guesses.
/// </summary>
public static class IntentConfidence
{
    public static double Of(ParsedQuery q, IntentSlots slots)
    {
        var read = 0;
        for (var i = 0; i < q.Count; i++)
            read += q.Consumed[i] || q.InTitle[i] || q.Topic[i] ? 1 : 0;
        var unread = ResidualText.UnreadWords(q);
        if (read + unread == 0)
            return 0.2;
        var score = slots.Intent == IntentKind.Lookup && unread == 0 ? 0.9 : 0.4 + (0.55 * read / (read + unread));
        return Math.Round(Math.Clamp(score - (0.15 * slots.Guesses), 0.1, 0.95), 2);
    }
}
