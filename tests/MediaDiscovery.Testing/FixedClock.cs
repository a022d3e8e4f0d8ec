namespace MediaDiscovery.Testing;

/// <summary>A clock that says what the test wants.</summary>
public sealed class FixedClock(Func<DateTimeOffset> now) : TimeProvider
{
    public FixedClock(DateTimeOffset at)
        : this(() => at)
    {
    }

    public override DateTimeOffset GetUtcNow() => now();
}
