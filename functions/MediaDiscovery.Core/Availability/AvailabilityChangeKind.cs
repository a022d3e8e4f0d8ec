namespace MediaDiscovery.Core.Availability;

/// <summary>How a title's availability on a platform changed. Wire names: <c>added</c>, <c>removed</c>, <c>price-changed</c>.</summary>
public enum AvailabilityChangeKind
{
    Added,
    Removed,
    PriceChanged,
}
