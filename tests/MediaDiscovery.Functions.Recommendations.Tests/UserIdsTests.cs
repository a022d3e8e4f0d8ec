namespace MediaDiscovery.Functions.Recommendations.Tests;

public sealed class UserIdsTests
{
    [Theory]
    [InlineData("ada", true)]
    [InlineData("ada.lovelace@example.com", true)]
    [InlineData("user_1-2", true)]
    [InlineData("610", true)]
    [InlineData("", false)]
    [InlineData("a b", false)]
    [InlineData("a:b", false)]
    [InlineData("a/b", false)]
    [InlineData("ünï", false)]
    [InlineData(null, false)]
    public void The_syntax_is_enforced(string? userId, bool wellFormed) => Assert.Equal(wellFormed, UserIds.IsWellFormed(userId));

    [Fact]
    public void At_most_128_characters() =>
        Assert.Equal([true, false], new[] { new string('a', 128), new string('a', 129) }.Select(UserIds.IsWellFormed));
}
