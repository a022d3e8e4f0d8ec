using System.Globalization;
using System.Security.Cryptography;
using System.Text;
using System.Text.Json;
using MediaDiscovery.Core.Ports;

namespace MediaDiscovery.Functions.Recommendations;

/// <summary>
/// Users' recommendation lists in the shared <see cref="IQueryCache"/>. Each user has a generation token (a random
/// value under <c>recs:v1:gen:{user}</c>); their lists live in one entry under <c>recs:v1:list:{user}:{token}</c>, one
/// variant per (model version, limit, platforms). <see cref="InvalidateAsync"/> replaces the token, so a list
/// computed from the old history can never be served again, even if it is written after the invalidation, and
/// overwrites the old entry, so an erased user's lists do not linger until they expire. A cache outage is a miss.
/// </summary>
public sealed class RecommendationCache(IQueryCache cache, TimeProvider time, RecommendationsApiOptions options)
{
    private const int MaxVariants = 8;

    // Longer than any entry, so a token outlives the lists under it; a lost token only costs misses.
    private static readonly TimeSpan GenerationTtl = TimeSpan.FromDays(7);

    // An overwritten entry: the old data is gone at once, the empty value soon after.
    private static readonly TimeSpan TombstoneTtl = TimeSpan.FromSeconds(1);

    public TimeSpan Ttl => options.CacheTtl;

    /// <summary>The user's current token; read it before reading their history, and use it for the write.</summary>
    public async Task<string> GenerationAsync(string userId, CancellationToken ct = default)
    {
        if (await cache.GetAsync(GenerationKey(userId), ct) is { Length: > 0 } token)
            return Encoding.ASCII.GetString(token);
        var fresh = NewToken();
        await cache.SetAsync(GenerationKey(userId), Encoding.ASCII.GetBytes(fresh), GenerationTtl, ct);
        return fresh;
    }

    public async Task<CachedRecommendations?> GetAsync(string userId, string generation, string variant, CancellationToken ct = default)
    {
        var set = await ReadSetAsync(userId, generation, ct);
        return set?.Variants.GetValueOrDefault(variant) is { } hit && hit.ExpiresAt > time.GetUtcNow() ? hit : null;
    }

    public async Task SetAsync(string userId, string generation, string variant, CachedRecommendations value, CancellationToken ct = default)
    {
        var now = time.GetUtcNow();
        var variants = (await ReadSetAsync(userId, generation, ct))?.Variants
            .Where(v => v.Value.ExpiresAt > now && v.Key != variant)
            .OrderByDescending(v => v.Value.GeneratedAt)
            .Take(MaxVariants - 1)
            .ToDictionary(StringComparer.Ordinal) ?? new Dictionary<string, CachedRecommendations>(StringComparer.Ordinal);
        variants[variant] = value;
        var bytes = JsonSerializer.SerializeToUtf8Bytes(new CachedRecommendationSet(variants), RecommendationsJsonContext.Default.CachedRecommendationSet);
        await cache.SetAsync(EntryKey(userId, generation), bytes, value.ExpiresAt - now, ct);
    }

    /// <summary>Forgets every cached list of the user (their history, preferences or existence changed).</summary>
    public async Task InvalidateAsync(string userId, CancellationToken ct = default)
    {
        var old = await cache.GetAsync(GenerationKey(userId), ct);
        await cache.SetAsync(GenerationKey(userId), Encoding.ASCII.GetBytes(NewToken()), GenerationTtl, ct);
        if (old is { Length: > 0 })
            await cache.SetAsync(EntryKey(userId, Encoding.ASCII.GetString(old)), [], TombstoneTtl, ct);
    }

    /// <summary>What distinguishes two lists of one user: the model that made it, its length and its platforms.</summary>
    public static string Variant(string? modelVersion, int limit, IReadOnlyList<string> platforms) =>
        string.Create(CultureInfo.InvariantCulture, $"{modelVersion ?? "-"}|{limit}|{string.Join(',', platforms.Order(StringComparer.Ordinal))}");

    private async Task<CachedRecommendationSet?> ReadSetAsync(string userId, string generation, CancellationToken ct)
    {
        if (await cache.GetAsync(EntryKey(userId, generation), ct) is not { Length: > 0 } bytes)
            return null;
        try
        {
            return JsonSerializer.Deserialize(bytes, RecommendationsJsonContext.Default.CachedRecommendationSet);
        }
        catch (JsonException)
        {
            return null; // written by an incompatible version: a miss, overwritten by the next write
        }
    }

    private static string GenerationKey(string userId) => "recs:v1:gen:" + userId;

    private static string EntryKey(string userId, string generation) => "recs:v1:list:" + userId + ":" + generation;

    private static string NewToken() => Convert.ToHexStringLower(RandomNumberGenerator.GetBytes(12));
}
