using System.Security.Cryptography;
using System.Text;

namespace MediaDiscovery.Core.Catalog;

/// <summary>
/// Stable title ids: a hash of (normalised title, type, year), so re-ingesting the same data yields the
/// same ids. Once stored, an id is kept for the title even when its key drifts (sync maps by external id).
/// </summary>
public static class TitleIds
{
    public static string For(string name, ContentType type, int? year)
    {
        var key = $"{TitleNormaliser.Normalise(name)}|{type.ToWire()}|{year?.ToString(System.Globalization.CultureInfo.InvariantCulture) ?? "-"}";
        var hash = SHA256.HashData(Encoding.UTF8.GetBytes(key));
        return "t_" + Convert.ToHexStringLower(hash.AsSpan(0, 8));
    }

    /// <summary>Ids are opaque to clients but well-formed: reject anything else before it reaches a store.</summary>
    public static bool IsWellFormed(string? id) =>
        id is { Length: 18 } && id.StartsWith("t_", StringComparison.Ordinal) && id.AsSpan(2).IndexOfAnyExcept("0123456789abcdef") < 0;
}
