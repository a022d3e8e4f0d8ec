namespace MediaDiscovery.Core.Availability;

/// <summary>Wire names of <see cref="AvailabilitySource"/>: <c>feed</c>, <c>sweep</c>, <c>on-demand</c>, <c>webhook</c>.</summary>
public static class AvailabilitySourceNames
{
    public static string Of(AvailabilitySource source) => source switch
    {
        AvailabilitySource.Feed => "feed",
        AvailabilitySource.Sweep => "sweep",
        AvailabilitySource.OnDemand => "on-demand",
        AvailabilitySource.Webhook => "webhook",
        _ => throw new ArgumentOutOfRangeException(nameof(source), source, "unknown availability source"),
    };
}
