namespace MediaDiscovery.Embedded.Platforms;

/// <summary>The platform's token bucket had no token for this call (its queue was full).</summary>
public sealed class PlatformRateLimitedException(string platform)
    : Exception($"The rate limit of platform '{platform}' allows no more calls now.");
