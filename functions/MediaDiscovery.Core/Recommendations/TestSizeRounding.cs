namespace MediaDiscovery.Core.Recommendations;

/// <summary>How "the last 20% (at least one)" of n positives becomes a count.</summary>
public enum TestSizeRounding
{
    /// <summary>
    /// max(1, round(0.2·n)): the reading that reproduces the reference figures (5,300 items, popularity
    /// 0.087/0.070). 0.2·n never ends in .5, so the tie rule does not matter.
    /// </summary>
    Nearest,

    /// <summary>max(1, floor(0.2·n)).</summary>
    Floor,

    /// <summary>max(1, ceil(0.2·n)).</summary>
    Ceiling,
}
