namespace MediaDiscovery.Core.Availability;

/// <summary>
/// Wire names of <see cref="AvailabilitySource"/>: <c>feed</c>, <c>sweep</c>, <c>on-demand</c>, <c>webhook</c>; also
/// the names stores persist (so renaming an enum member never breaks stored data).
/// </summary>
public static class AvailabilitySourceNames
{
    public const string Feed = "feed";
    public const string Sweep = "sweep";
    public const string OnDemand = "on-demand";
    public const string Webhook = "webhook";

    public static string Of(AvailabilitySource source) => source switch
    {
        AvailabilitySource.Feed => Feed,
        AvailabilitySource.Sweep => Sweep,
        AvailabilitySource.OnDemand => OnDemand,
        AvailabilitySource.Webhook => Webhook,
        _ => throw new ArgumentOutOfRangeException(nameof(source), source, "unknown availability source"),
    };

    public static string ToName(this AvailabilitySource source) => Of(source);

    public static bool TryParse(string? name, out AvailabilitySource source)
    {
        (var known, source) = name switch
        {
            Feed => (true, AvailabilitySource.Feed),
            Sweep => (true, AvailabilitySource.Sweep),
            OnDemand => (true, AvailabilitySource.OnDemand),
            Webhook => (true, AvailabilitySource.Webhook),
            _ => (false, default),
        };
        return known;
    }

    /// <summary>For names read back from storage, where an unknown one means corrupt data.</summary>
    public static AvailabilitySource Parse(string name) =>
        TryParse(name, out var source) ? source : throw new InvalidDataException($"'{name}' is not an availability source.");
}
