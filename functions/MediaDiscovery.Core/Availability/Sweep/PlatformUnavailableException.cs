namespace MediaDiscovery.Core.Availability.Sweep;

/// <summary>A platform could not be asked (timeout, open circuit, errors after retries): its batch is left stale.</summary>
public sealed class PlatformUnavailableException(string platform, string failure)
    : Exception($"Platform '{platform}' could not be checked: {failure}.")
{
    public string Platform { get; } = platform;

    public string Failure { get; } = failure;
}
