using System.Text.RegularExpressions;

namespace MediaDiscovery.Core.Intent;

/// <summary>
/// Release years: decades ("90s", "1990s", "the eighties", "early 2000s"), years ("in 2019"), ranges ("between 2000
/// and 2010", "2000-2010", "from the 80s to the 90s"), open bounds ("before 1970" = up to 1969, "after 2015" = from
/// 2016, "since 2018", "2020 or later"), and dates relative to now ("the last 5 years" = from now - 5, "this year",
/// "last year", "the past decade").
/// </summary>
public static partial class YearPhrases
{
    private static readonly Dictionary<string, int> DecadeWords = new(StringComparer.Ordinal)
    {
        ["thirties"] = 1930,
        ["forties"] = 1940,
        ["fifties"] = 1950,
        ["sixties"] = 1960,
        ["seventies"] = 1970,
        ["eighties"] = 1980,
        ["nineties"] = 1990,
        ["aughts"] = 2000,
        ["noughties"] = 2000,
    };

    private static readonly string[][] Before = [["prior", "to"], ["earlier", "than"], ["older", "than"], ["before"], ["pre"]];
    private static readonly string[][] UpTo = [["up", "to"], ["until"], ["till"], ["through"], ["thru"]];
    private static readonly string[][] After = [["later", "than"], ["newer", "than"], ["after"], ["post"]];
    private static readonly string[][] Since = [["starting", "in"], ["since"]];
    private static readonly string[][] OrLater =
        [["or", "later"], ["or", "newer"], ["and", "later"], ["and", "newer"], ["or", "after"], ["and", "after"], ["onwards"], ["onward"], ["and", "up"], ["plus"]];
    private static readonly string[][] OrEarlier =
        [["or", "earlier"], ["or", "older"], ["and", "earlier"], ["and", "older"], ["or", "before"], ["and", "before"]];

    public static void Read(ParsedQuery q, IntentSlots slots, int currentYear)
    {
        for (var i = 0; i < q.Count; i++)
        {
            if (!q.IsFree(i, 1))
                continue;
            if (TryRange(q, i, slots, currentYear) || TryRelative(q, i, slots, currentYear))
                continue;
            if (TrySpan(q, i, currentYear, out var span))
                ApplySpan(q, i, span, slots);
        }
    }

    private readonly record struct Span(int Min, int Max, int Length);

    private static void ApplySpan(ParsedQuery q, int i, Span span, IntentSlots slots)
    {
        var end = i + span.Length;
        q.Consume(i, span.Length);
        if (Take(q, i, Before, before: true))
            slots.Years.AtMost(span.Min - 1);
        else if (Take(q, i, UpTo, before: true))
            slots.Years.AtMost(span.Max);
        else if (Take(q, i, After, before: true))
            slots.Years.AtLeast(span.Max + 1);
        else if (Take(q, i, Since, before: true) || Take(q, end, OrLater, before: false))
            slots.Years.AtLeast(span.Min);
        else if (Take(q, end, OrEarlier, before: false))
            slots.Years.AtMost(span.Max);
        else
            slots.Years.AddSpan(span.Min, span.Max);
    }

    private static bool Take(ParsedQuery q, int i, string[][] phrases, bool before)
    {
        var length = before ? PhraseMatch.Before(q, i, phrases) : PhraseMatch.After(q, i, phrases);
        if (length == 0)
            return false;
        q.Consume(before ? i - length : i, length);
        // "from before 1970": the "from" adds nothing.
        if (before && q.Is(i - length - 1, "from"))
            q.Consume(i - length - 1, 1);
        return true;
    }

    /// <summary>"between X and Y", "from X to Y", "X to Y", "X-Y" (two adjacent years).</summary>
    private static bool TryRange(ParsedQuery q, int i, IntentSlots slots, int currentYear)
    {
        var lead = q.IsAny(i, "between", "from") ? 1 : 0;
        if (!TrySpan(q, i + lead, currentYear, out var low))
            return false;
        var joint = i + lead + low.Length;
        var jointLength = q.IsAny(joint, "and", "to", "through", "thru", "till", "until") ? 1 : 0;
        if (lead == 0 && jointLength == 0 && !(low.Length == 1 && q.Text(joint).Length == 4))
            return false;
        if (lead == 1 && q.Is(i, "between") != q.Is(joint, "and") && q.Is(i, "between"))
            return false;
        if (!q.IsFree(joint, jointLength) || !TrySpan(q, joint + jointLength, currentYear, out var high) || high.Max < low.Min)
            return false;
        q.Consume(i, joint + jointLength + high.Length - i);
        slots.Years.AddSpan(low.Min, high.Max);
        return true;
    }

    private static bool TryRelative(ParsedQuery q, int i, IntentSlots slots, int currentYear)
    {
        if (q.Is(i, "this") && q.Is(i + 1, "year"))
        {
            q.Consume(i, 2);
            slots.Years.AddSpan(currentYear, currentYear);
            return true;
        }
        if (!q.IsAny(i, "last", "past", "previous"))
            return false;
        if (q.Is(i + 1, "year"))
        {
            q.Consume(i, 2);
            slots.Years.AddSpan(currentYear - 1, currentYear - 1);
            return true;
        }
        if (q.IsAny(i + 1, "decade"))
        {
            q.Consume(i, 2);
            slots.Years.AtLeast(currentYear - 10);
            return true;
        }
        if (!QueryNumbers.TryRead(q, i + 1, allowArticle: true, out var count, out var length) || count < 1 || count > 100)
            return false;
        var unit = i + 1 + length;
        var years = q.IsAny(unit, "years", "yrs", "year") ? (int)count : q.IsAny(unit, "decades", "decade") ? (int)count * 10 : 0;
        if (years == 0)
            return false;
        q.Consume(i, unit + 1 - i);
        slots.Years.AtLeast(currentYear - years);
        return true;
    }

    /// <summary>A decade or a year at token i, optionally after "the" and with early/mid/late.</summary>
    private static bool TrySpan(ParsedQuery q, int i, int currentYear, out Span span)
    {
        span = default;
        var lead = q.Is(i, "the") ? 1 : 0;
        var part = q.IsAny(i + lead, "early", "mid", "late") ? q.Text(i + lead) : null;
        var at = i + lead + (part is null ? 0 : 1);
        if (!q.IsFree(i, at - i + 1))
            return false;
        if (TryDecade(q, at, out var decade, out var length))
        {
            var (min, max) = part switch
            {
                "early" => (decade, decade + 4),
                "mid" => (decade + 3, decade + 7),
                "late" => (decade + 5, decade + 9),
                _ => (decade, decade + 9),
            };
            span = new Span(min, max, at - i + length);
            return true;
        }
        if (part is null && lead == 0 && q.Text(i).Length == 4 && QueryNumbers.TryReadInt(q, i, 1900, currentYear + 1, out var year))
        {
            span = new Span(year, year, 1);
            return true;
        }
        return false;
    }

    private static bool TryDecade(ParsedQuery q, int i, out int decade, out int length)
    {
        length = 1;
        var text = q.Text(i);
        if (DecadeWords.TryGetValue(text, out decade))
            return true;
        if (text == "two" && q.Is(i + 1, "thousands"))
        {
            (decade, length) = (2000, 2);
            return true;
        }
        var match = DecadePattern().Match(text);
        if (!match.Success)
            return false;
        var digits = int.Parse(match.Groups[1].Value, System.Globalization.CultureInfo.InvariantCulture);
        decade = match.Groups[1].Length == 2 ? (digits <= 20 ? 2000 + digits : 1900 + digits) : digits;
        return decade % 10 == 0 && decade is >= 1900 and <= 2090;
    }

    [GeneratedRegex("^([0-9]{2}|[0-9]{4})s$", RegexOptions.CultureInvariant)]
    private static partial Regex DecadePattern();
}
