namespace MediaDiscovery.Core.Availability;

/// <summary>Who told us a title's availability on a platform.</summary>
public enum AvailabilitySource
{
    Feed,
    Sweep,
    OnDemand,
    Webhook,
}
