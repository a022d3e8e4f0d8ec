namespace MediaDiscovery.Core.Intent;

/// <summary>
/// Runtime: "under 90 minutes" (max 89: "under" and "over" are strict), "at most 2 hours" (120), "over 2.5 hours"
/// (min 151), "at least an hour", "between 90 and 120 minutes", "90 minutes or less", "short" (max
/// <see cref="ShortMaxMinutes"/>). A bare duration ("a 2 hour movie", "about 90 minutes") sets nothing.
/// </summary>
public static class RuntimePhrases
{
    /// <summary>What "short" means for a film: at most 90 minutes (a typical feature is 90-120).</summary>
    public const int ShortMaxMinutes = 90;

    private enum Bound
    {
        StrictMax,
        Max,
        StrictMin,
        Min,
        None,
    }

    // Longest first, so "no less than" wins over "less than".
    private static readonly (string[] Words, Bound Bound)[] BoundsBefore =
    [
        (["no", "more", "than"], Bound.Max), (["not", "more", "than"], Bound.Max), (["no", "longer", "than"], Bound.Max),
        (["not", "longer", "than"], Bound.Max), (["no", "less", "than"], Bound.Min), (["no", "shorter", "than"], Bound.Min),
        (["not", "less", "than"], Bound.Min), (["less", "than"], Bound.StrictMax), (["shorter", "than"], Bound.StrictMax),
        (["fewer", "than"], Bound.StrictMax), (["at", "most"], Bound.Max), (["up", "to"], Bound.Max), (["more", "than"], Bound.StrictMin),
        (["longer", "than"], Bound.StrictMin), (["at", "least"], Bound.Min), (["under"], Bound.StrictMax), (["below"], Bound.StrictMax),
        (["max"], Bound.Max), (["maximum"], Bound.Max), (["within"], Bound.Max), (["over"], Bound.StrictMin), (["above"], Bound.StrictMin),
        (["minimum"], Bound.Min), (["about"], Bound.None), (["around"], Bound.None), (["roughly"], Bound.None),
        (["approximately"], Bound.None), (["like"], Bound.None),
    ];

    private static readonly (string[] Words, Bound Bound)[] BoundsAfter =
    [
        (["or", "less"], Bound.Max), (["or", "shorter"], Bound.Max), (["or", "under"], Bound.Max), (["at", "most"], Bound.Max),
        (["or", "more"], Bound.Min), (["or", "longer"], Bound.Min), (["or", "over"], Bound.Min), (["at", "least"], Bound.Min),
        (["max"], Bound.Max), (["tops"], Bound.Max), (["plus"], Bound.Min),
    ];

    public static void Read(ParsedQuery q, IntentSlots slots)
    {
        for (var i = 0; i < q.Count; i++)
        {
            if (!q.IsFree(i, 1))
                continue;
            if (TryBetween(q, i, slots))
                continue;
            if (TryDuration(q, i, out var minutes, out var length))
                ApplyDuration(q, i, minutes, length, slots);
            else if (q.IsAny(i, "short", "quick") && !q.IsAny(i + 1, "series", "episodes", "seasons", "stories", "story"))
            {
                slots.RuntimeMax = Min(slots.RuntimeMax, ShortMaxMinutes);
                q.Consume(i, 1);
            }
        }
    }

    private static void ApplyDuration(ParsedQuery q, int i, int minutes, int length, IntentSlots slots)
    {
        q.Consume(i, length);
        var end = i + length;
        var (start, count, bound) = FindBound(q, i, end);
        q.Consume(start, count);
        switch (bound)
        {
            case Bound.StrictMax: slots.RuntimeMax = Min(slots.RuntimeMax, minutes - 1); break;
            case Bound.Max: slots.RuntimeMax = Min(slots.RuntimeMax, minutes); break;
            case Bound.StrictMin: slots.RuntimeMin = Max(slots.RuntimeMin, minutes + 1); break;
            case Bound.Min: slots.RuntimeMin = Max(slots.RuntimeMin, minutes); break;
            default: break;
        }
        var next = start == end ? end + count : end;
        if (q.IsAny(next, "long", "runtime", "running", "length"))
            q.Consume(next, 1);
    }

    private static (int Start, int Count, Bound Bound) FindBound(ParsedQuery q, int i, int end)
    {
        foreach (var (words, bound) in BoundsBefore)
        {
            var start = i - words.Length;
            if (start >= 0 && q.IsUnconsumed(start, words.Length) && PhraseMatch.Matches(q, start, words))
                return (start, words.Length, bound);
        }
        foreach (var (words, bound) in BoundsAfter)
        {
            if (q.IsUnconsumed(end, Math.Min(words.Length, q.Count - end)) && PhraseMatch.Matches(q, end, words))
                return (end, words.Length, bound);
        }
        return (i, 0, Bound.None);
    }

    /// <summary>"between 90 and 120 minutes", "between 1 and 2 hours".</summary>
    private static bool TryBetween(ParsedQuery q, int i, IntentSlots slots)
    {
        if (!q.IsAny(i, "between", "from") || !QueryNumbers.TryRead(q, i + 1, false, out var low, out var lowLength))
            return false;
        var and = i + 1 + lowLength;
        if (!q.IsAny(and, "and", "to") || !TryDuration(q, and + 1, out var high, out var highLength))
            return false;
        if (!TryDuration(q, i + 1, out var lowMinutes, out var lowDurationLength) || lowDurationLength != lowLength)
            lowMinutes = (int)Math.Round(low * high / ReadNumber(q, and + 1));
        if (lowMinutes > high)
            return false;
        q.Consume(i, and + 1 + highLength - i);
        slots.RuntimeMin = Max(slots.RuntimeMin, lowMinutes);
        slots.RuntimeMax = Min(slots.RuntimeMax, high);
        return true;
    }

    private static double ReadNumber(ParsedQuery q, int i) =>
        QueryNumbers.TryRead(q, i, true, out var value, out _) && value > 0 ? value : 1;

    /// <summary>A duration in minutes: a number and a unit, with "and a half" or "and 30 minutes" after hours.</summary>
    public static bool TryDuration(ParsedQuery q, int i, out int minutes, out int length)
    {
        minutes = 0;
        length = 0;
        if (q.Is(i, "half") && q.IsAny(i + 1, "an", "a") && q.IsAny(i + 2, "hour", "hr"))
        {
            (minutes, length) = (30, 3);
            return true;
        }
        if (!QueryNumbers.TryRead(q, i, allowArticle: true, out var number, out var numberLength) || number <= 0 || number > 600)
            return false;
        var unit = i + numberLength;
        if (q.IsAny(unit, "minutes", "minute", "mins", "min"))
        {
            (minutes, length) = ((int)Math.Round(number), numberLength + 1);
            return true;
        }
        if (!q.IsAny(unit, "hours", "hour", "hrs", "hr", "h") || number > 10)
            return false;
        minutes = (int)Math.Round(number * 60);
        length = numberLength + 1;
        if (q.Is(unit + 1, "and") && q.Is(unit + 2, "a") && q.Is(unit + 3, "half"))
        {
            minutes += 30;
            length += 3;
        }
        else if (QueryNumbers.TryReadInt(q, unit + (q.Is(unit + 1, "and") ? 2 : 1), 1, 59, out var extra)
            && q.IsAny(unit + (q.Is(unit + 1, "and") ? 3 : 2), "minutes", "mins", "min"))
        {
            minutes += extra;
            length += q.Is(unit + 1, "and") ? 3 : 2;
        }
        return true;
    }

    private static int Min(int? current, int value) => current is { } c ? Math.Min(c, value) : value;

    private static int Max(int? current, int value) => current is { } c ? Math.Max(c, value) : value;
}
