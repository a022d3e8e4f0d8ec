using System.Security.Claims;
using System.Security.Cryptography;
using System.Text;
using MediaDiscovery.Core.Ports;
using MediaDiscovery.Core.Recommendations;
using MediaDiscovery.Core.Search;
using MediaDiscovery.Hosting.Security;

namespace MediaDiscovery.Functions.Search;

/// <summary>
/// The personal lift for an authenticated caller (the token's <c>sub</c>): their liked and avoided genres and the
/// titles their recent events say they liked. Anonymous callers cost nothing: no user store read.
/// </summary>
public sealed class PersonalSearchProfiles(IUserStore users, ITitleLookup titles)
{
    /// <summary>How many recent events shape the lift: enough for a taste, bounded for latency.</summary>
    public const int RecentEvents = 200;

    /// <summary>The anonymous cache segment: every caller without a personal lift shares it.</summary>
    public const string AnonymousSegment = "anonymous";

    public sealed record Profile(PersonalBoost Boost, string CacheSegment);

    public static readonly Profile Anonymous = new(PersonalBoost.None, AnonymousSegment);

    public async Task<Profile> ForAsync(ClaimsPrincipal caller, CancellationToken ct)
    {
        ArgumentNullException.ThrowIfNull(caller);
        if (caller.FindFirst(AccessTokenClaims.Subject)?.Value is not { Length: > 0 } userId)
            return Anonymous;
        var preferences = await users.GetPreferencesAsync(userId, ct);
        var likes = PositiveSignals.Likes(await users.ListEventsAsync(userId, RecentEvents, ct));
        var liked = likes.Count == 0 ? [] : await titles.GetManyAsync(likes.Keys.ToList(), ct);
        var boost = PersonalBoost.From(
            preferences?.LikedGenres ?? [],
            preferences?.AvoidedGenres ?? [],
            liked.Select(t => (t, likes[t.Id].Strength)).ToList());
        // A user with no signal sees the anonymous page, so shares its cache entries.
        return boost.IsEmpty ? Anonymous : new Profile(boost, Segment(userId, boost));
    }

    // Bound to the user and to their current taste: another user never shares it, and a new like starts a new page.
    private static string Segment(string userId, PersonalBoost boost) =>
        "user-" + Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes(userId + "\n" + boost.Fingerprint())));
}
