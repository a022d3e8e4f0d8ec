using System.Globalization;
using System.Security.Cryptography;
using System.Text;
using MediaDiscovery.Core.Search;

namespace MediaDiscovery.Functions.Search;

/// <summary>
/// What makes two searches the same: the normalised query and filters (the query fingerprint, which cursors
/// are bound to), plus the page, the user segment, the catalog version and the cache generation.
/// </summary>
public static class SearchCacheKey
{
    public static string QueryFingerprint(string query, SearchFilters filters)
    {
        var sb = new StringBuilder(query.ToLowerInvariant()).Append('|');
        sb.AppendJoin(',', filters.Types.Order()).Append('|')
            .AppendJoin(',', filters.Genres.Order(StringComparer.Ordinal)).Append('|')
            .AppendJoin(',', filters.ExcludeGenres.Order(StringComparer.Ordinal)).Append('|')
            .AppendJoin(',', filters.Platforms.Order(StringComparer.Ordinal)).Append('|')
            .AppendJoin(',', filters.Countries.Order(StringComparer.Ordinal)).Append('|')
            .Append(CultureInfo.InvariantCulture, $"{filters.ReleaseYear.Min}-{filters.ReleaseYear.Max}|{filters.RuntimeMinutes.Min}-{filters.RuntimeMinutes.Max}|{filters.MaxMinAge}|{filters.AvailableNow}|")
            .AppendJoin(',', filters.People.Select(p => $"{PersonNames.Normalise(p.Name)}:{p.Role}").Order(StringComparer.Ordinal));
        return Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes(sb.ToString())));
    }

    public static string For(string fingerprint, int limit, int offset, string segment, long catalogVersion, long generation) =>
        string.Create(CultureInfo.InvariantCulture, $"search:v1:{fingerprint}:{limit}:{offset}:{segment}:{catalogVersion}:{generation}");
}
