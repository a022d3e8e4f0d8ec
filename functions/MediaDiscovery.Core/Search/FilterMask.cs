using System.Collections;

namespace MediaDiscovery.Core.Search;

/// <summary>The set of title ordinals that pass a query's hard filters, computed once per query.</summary>
public sealed class FilterMask(int size)
{
    private readonly BitArray bits = new(size);

    public int Count { get; private set; }

    public bool this[int ordinal] => bits[ordinal];

    public void Set(int ordinal)
    {
        if (!bits[ordinal])
        {
            bits[ordinal] = true;
            Count++;
        }
    }
}
