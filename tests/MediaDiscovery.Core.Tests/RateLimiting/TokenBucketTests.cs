using MediaDiscovery.Core.RateLimiting;

namespace MediaDiscovery.Core.Tests.RateLimiting;

public sealed class TokenBucketTests
{
    private static readonly TokenBucketLimit Limit = new(3, TimeSpan.FromMinutes(1));
    private static readonly DateTimeOffset Start = new(2026, 11, 22, 12, 0, 0, TimeSpan.Zero);

    [Fact]
    public void A_full_bucket_grants_its_capacity_then_refuses_until_a_token_is_earned()
    {
        var bucket = TokenBucket.Full(Limit, Start);
        for (var i = 0; i < 3; i++)
        {
            (bucket, var granted) = bucket.Take(Limit, Start);
            Assert.True(granted.Allowed);
            Assert.Equal(2 - i, granted.Remaining);
        }
        (bucket, var refused) = bucket.Take(Limit, Start.AddSeconds(10));
        Assert.False(refused.Allowed);
        Assert.Equal(TimeSpan.FromSeconds(10), refused.RetryAfter);
        (_, var later) = bucket.Take(Limit, Start.AddSeconds(20));
        Assert.True(later.Allowed);
    }

    [Fact]
    public void Refills_never_exceed_the_capacity_and_a_clock_going_back_refills_nothing()
    {
        var (bucket, _) = TokenBucket.Full(Limit, Start).Take(Limit, Start);
        (bucket, var decision) = bucket.Take(Limit, Start.AddHours(5));
        Assert.Equal(2, decision.Remaining);
        (_, decision) = bucket.Take(Limit, Start.AddHours(4));
        Assert.Equal(1, decision.Remaining);
    }
}
