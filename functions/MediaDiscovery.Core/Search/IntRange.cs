namespace MediaDiscovery.Core.Search;

/// <summary>An inclusive range with optional ends (null = unbounded).</summary>
public sealed record IntRange(int? Min, int? Max)
{
    public static readonly IntRange Any = new(null, null);

    public bool IsAny => Min is null && Max is null;

    /// <summary>An unknown value satisfies only an unbounded range.</summary>
    public bool Contains(int? value) =>
        IsAny || (value is { } v && (Min is null || v >= Min) && (Max is null || v <= Max));
}
