namespace MediaDiscovery.Functions.Recommendations;

/// <summary>
/// User ids as the API accepts them: 1..128 of <c>A-Z a-z 0-9 _ . @ -</c> (a JWT <c>sub</c>, an e-mail-like
/// handle or a MovieLens number). Anything else is refused before it reaches a store or a cache key.
/// </summary>
public static class UserIds
{
    public const int MaxLength = 128;

    public const string Rule = "A user id is 1 to 128 characters of A-Z, a-z, 0-9, '_', '.', '@' and '-'.";

    public static bool IsWellFormed(string? userId) =>
        userId is { Length: > 0 and <= MaxLength } && userId.AsSpan().IndexOfAnyExcept(Allowed) < 0;

    private static readonly System.Buffers.SearchValues<char> Allowed =
        System.Buffers.SearchValues.Create("ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789_.@-");
}
