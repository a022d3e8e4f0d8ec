namespace MediaDiscovery.Core.Availability;

/// <summary>A title kept changing under the recorder (optimistic-version conflicts on every attempt); recording
/// again later applies the observation, since recording is idempotent.</summary>
public sealed class AvailabilityConflictException : Exception
{
    public AvailabilityConflictException()
    {
    }

    public AvailabilityConflictException(string message)
        : base(message)
    {
    }

    public AvailabilityConflictException(string message, Exception innerException)
        : base(message, innerException)
    {
    }
}
