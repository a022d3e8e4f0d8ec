using System.Security.Cryptography;
using System.Text;
using MediaDiscovery.Core.Search;

namespace MediaDiscovery.Embedded.Search;

/// <summary>
/// What a <c>lexical.db</c> was built from, kept in its meta table: when any part differs from the current
/// <see cref="TitleTable"/> (or the index format changed), the file is rebuilt instead of reused.
/// </summary>
internal sealed record LexicalIndexStamp(string Format, long CatalogVersion, int TitleCount, string OrdinalsHash)
{
    /// <summary>Bump when columns, tokenizer or document text change.</summary>
    public const string CurrentFormat = "lexical-2";

    /// <summary>The ids in ordinal order, hashed: rowids must map to the same titles, whatever the version says.</summary>
    public static LexicalIndexStamp For(TitleTable titles)
    {
        using var hash = IncrementalHash.CreateHash(HashAlgorithmName.SHA256);
        foreach (var title in titles.Titles)
        {
            hash.AppendData(Encoding.UTF8.GetBytes(title.Id));
            hash.AppendData("\n"u8);
        }
        return new(CurrentFormat, titles.CatalogVersion, titles.Count, Convert.ToHexStringLower(hash.GetHashAndReset().AsSpan(0, 16)));
    }

    public IEnumerable<KeyValuePair<string, string>> ToPairs() =>
    [
        new("format", Format),
        new("catalog-version", CatalogVersion.ToString(System.Globalization.CultureInfo.InvariantCulture)),
        new("title-count", TitleCount.ToString(System.Globalization.CultureInfo.InvariantCulture)),
        new("ordinals-hash", OrdinalsHash),
    ];

    public static LexicalIndexStamp? FromPairs(IReadOnlyDictionary<string, string> pairs) =>
        pairs.TryGetValue("format", out var format)
        && pairs.TryGetValue("catalog-version", out var version) && long.TryParse(version, System.Globalization.CultureInfo.InvariantCulture, out var v)
        && pairs.TryGetValue("title-count", out var count) && int.TryParse(count, System.Globalization.CultureInfo.InvariantCulture, out var c)
        && pairs.TryGetValue("ordinals-hash", out var ordinals)
            ? new(format, v, c, ordinals)
            : null;
}
