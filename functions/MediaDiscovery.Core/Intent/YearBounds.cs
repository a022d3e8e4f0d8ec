using MediaDiscovery.Core.Search;

namespace MediaDiscovery.Core.Intent;

/// <summary>
/// Release-year evidence: spans the query names ("90s", "2019", "between 2000 and 2010"; several are joined into
/// one span) and open bounds ("after 2015", "before 1970"; several narrow). A contradiction yields no filter.
/// </summary>
public sealed class YearBounds
{
    private int? spanMin;
    private int? spanMax;
    private int? lower;
    private int? upper;

    public bool IsEmpty => spanMin is null && lower is null && upper is null;

    public void AddSpan(int min, int max)
    {
        spanMin = spanMin is { } a ? Math.Min(a, min) : min;
        spanMax = spanMax is { } b ? Math.Max(b, max) : max;
    }

    public void AtLeast(int year) => lower = lower is { } l ? Math.Max(l, year) : year;

    public void AtMost(int year) => upper = upper is { } u ? Math.Min(u, year) : year;

    public IntRange ToRange()
    {
        var min = Max(spanMin, lower);
        var max = Min(spanMax, upper);
        return min > max ? IntRange.Any : new IntRange(min, max);
    }

    private static int? Max(int? a, int? b) => a is null ? b : b is null ? a : Math.Max(a.Value, b.Value);

    private static int? Min(int? a, int? b) => a is null ? b : b is null ? a : Math.Min(a.Value, b.Value);
}
