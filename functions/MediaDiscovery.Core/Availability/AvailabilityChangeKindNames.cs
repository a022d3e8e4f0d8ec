namespace MediaDiscovery.Core.Availability;

/// <summary>
/// The wire names of <see cref="AvailabilityChangeKind"/>, also the names stores persist (so renaming an enum
/// member never breaks stored data).
/// </summary>
public static class AvailabilityChangeKindNames
{
    public const string Added = "added";
    public const string Removed = "removed";
    public const string PriceChanged = "price-changed";

    public static string ToName(this AvailabilityChangeKind kind) => kind switch
    {
        AvailabilityChangeKind.Added => Added,
        AvailabilityChangeKind.Removed => Removed,
        AvailabilityChangeKind.PriceChanged => PriceChanged,
        _ => throw new ArgumentOutOfRangeException(nameof(kind), kind, "Unknown availability change kind."),
    };

    public static bool TryParse(string? name, out AvailabilityChangeKind kind)
    {
        (var known, kind) = name switch
        {
            Added => (true, AvailabilityChangeKind.Added),
            Removed => (true, AvailabilityChangeKind.Removed),
            PriceChanged => (true, AvailabilityChangeKind.PriceChanged),
            _ => (false, default),
        };
        return known;
    }

    /// <summary>For names read back from storage, where an unknown one means corrupt data.</summary>
    public static AvailabilityChangeKind Parse(string name) =>
        TryParse(name, out var kind) ? kind : throw new InvalidDataException($"'{name}' is not an availability change kind.");
}
