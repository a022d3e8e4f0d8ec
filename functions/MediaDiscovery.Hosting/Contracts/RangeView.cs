namespace MediaDiscovery.Hosting.Contracts;

/// <summary>An inclusive range on the wire; a null end is open.</summary>
public sealed record RangeView(int? Min = null, int? Max = null);
