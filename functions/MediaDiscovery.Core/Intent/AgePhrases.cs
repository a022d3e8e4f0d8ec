namespace MediaDiscovery.Core.Intent;

/// <summary>
/// Maturity: a certification ("rated PG-13 or lower", "TV-MA", "G-rated", "rated G or PG") limits the minimum age
/// to the certification's age (the taxonomy's), and a viewer's age ("ok for a 12 year old", "ages 10 and up",
/// "kids under 10") to that age; a negated one ("not rated R") to a year below it. "PG-13 and up" asks for
/// nothing that can be filtered, so it sets nothing.
/// Bare single-letter or numeric certifications ("G", "R", "16+") need "rated"/"rating" next to them.
/// </summary>
public static class AgePhrases
{
    /// <summary>The certifications looked for, as the taxonomy spells them.</summary>
    public static readonly string[] RatingSpellings =
        ["G", "TV-Y", "TV-G", "TV-Y7", "TV-Y7-FV", "7+", "PG", "TV-PG", "PG-13", "TV-14", "13+", "16+", "R", "TV-MA", "NC-17", "18+"];

    private static readonly string[][] Cues = [["rated"], ["rating"], ["certified"]];
    private static readonly string[][] CapsBefore = [["no", "higher", "than"], ["nothing", "above"], ["not", "above"], ["at", "most"], ["up", "to"], ["max"], ["maximum"]];
    private static readonly string[][] CapsAfter =
        [["or", "lower"], ["or", "below"], ["or", "under"], ["or", "less"], ["and", "under"], ["and", "below"], ["and", "lower"], ["or", "younger"], ["max"], ["at", "most"], ["rated"]];
    private static readonly string[][] FloorsAfter = [["or", "higher"], ["or", "above"], ["and", "up"], ["and", "above"], ["or", "older"], ["and", "older"]];
    private static readonly string[][] Negations = [["not"], ["no"], ["nothing"], ["isnt"], ["never"]];
    private static readonly string[][] ViewerAge = [["years", "old"], ["year", "old"], ["year", "olds"], ["yr", "old"], ["yr", "olds"], ["yrs", "old"], ["yo"], ["yos"]];

    /// <summary>Who the viewer is: "for a 12 year old", "my 8-year-old", "our 10 yo".</summary>
    private static readonly string[][] ViewerCues = [["for"], ["for", "a"], ["for", "an"], ["my"], ["our"], ["for", "my"], ["for", "our"]];

    /// <param name="descriptive">
    /// The query describes a title: an "N year old" there is a character ("eight year old boy left behind when his
    /// family flies to paris") unless a viewer cue names it ("for my 8 year old").
    /// </param>
    public static void Read(ParsedQuery q, IntentSlots slots, IntentVocabulary vocabulary, bool descriptive = false)
    {
        for (var i = 0; i < q.Count; i++)
        {
            if (!q.IsFree(i, 1))
                continue;
            if (!TryRating(q, i, slots, vocabulary))
                TryViewerAge(q, i, slots, descriptive);
        }
    }

    private static bool TryRating(ParsedQuery q, int i, IntentSlots slots, IntentVocabulary vocabulary)
    {
        if (!TryRatingAt(q, i, vocabulary, out var age, out var length))
            return false;
        var cue = PhraseMatch.Before(q, i, Cues);
        var end = i + length;
        // "rated G or PG": the loosest of the certifications named.
        while (q.IsAny(end, "or", "and") && TryRatingAt(q, end + 1, vocabulary, out var other, out var otherLength))
        {
            age = Math.Max(age, other);
            end += 1 + otherLength;
        }
        var capAfter = PhraseMatch.After(q, end, CapsAfter);
        var key = q.Key(i, length);
        var ambiguous = (length == 1 && (key.Length == 1 || char.IsAsciiDigit(key[0]))) || key.EndsWith(" plus", StringComparison.Ordinal);
        if (ambiguous && cue == 0 && !q.Is(end, "rated") && !q.Is(end, "rating"))
            return false;
        var capBefore = PhraseMatch.Before(q, i - cue, CapsBefore);
        q.Consume(i - cue - capBefore, capBefore + cue + (end - i) + capAfter);
        var floor = PhraseMatch.After(q, end, FloorsAfter);
        if (floor > 0)
        {
            q.Consume(end, floor);
            return true;
        }
        // "not rated R": anything below R.
        var negated = PhraseMatch.Before(q, i - cue - capBefore, Negations);
        q.Consume(i - cue - capBefore - negated, negated);
        slots.LimitAge(negated > 0 ? Math.Max(0, age - 1) : age);
        return true;
    }

    private static bool TryRatingAt(ParsedQuery q, int i, IntentVocabulary vocabulary, out int age, out int length)
    {
        age = 0;
        for (length = Math.Min(4, q.Count - i); length >= 1; length--)
        {
            if (q.IsFree(i, length) && vocabulary.Ratings.TryGetValue(q.Key(i, length).ToString(), out age))
                return true;
        }
        return false;
    }

    private static void TryViewerAge(ParsedQuery q, int i, IntentSlots slots, bool descriptive)
    {
        // "ages 10 and up", "age 12+"
        if (q.IsAny(i, "age", "ages") && QueryNumbers.TryReadInt(q, i + 1, 1, 21, out var years))
        {
            var floor = PhraseMatch.After(q, i + 2, [["and", "up"], ["and", "older"], ["plus"], ["and", "over"]]);
            q.Consume(i, 2 + floor);
            slots.LimitAge(years);
            return;
        }
        // "a 12 year old", "my 8-year-old", "10 yo"
        if (QueryNumbers.TryReadInt(q, i, 1, 21, out years) && PhraseMatch.After(q, i + 1, ViewerAge) is var unit and > 0
            && (!descriptive || PhraseMatch.Before(q, i, ViewerCues) > 0))
        {
            q.Consume(i, 1 + unit);
            slots.LimitAge(years);
            return;
        }
        // "kids under 10": younger than 10.
        if (q.IsAny(i, "under", "below") && q.IsAny(i - 1, "kids", "children", "kid", "child")
            && QueryNumbers.TryReadInt(q, i + 1, 2, 21, out years))
        {
            q.Consume(i, 2);
            slots.LimitAge(years - 1);
        }
    }
}
