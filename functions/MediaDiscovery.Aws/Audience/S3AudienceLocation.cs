namespace MediaDiscovery.Aws.Audience;

/// <summary>Where an audience export lives in S3: <c>s3://bucket/prefix/</c>, holding ratings.csv and movies.csv.</summary>
public sealed record S3AudienceLocation(string Bucket, string Prefix)
{
    public const string Scheme = "s3://";

    public string RatingsKey => Prefix + "ratings.csv";

    public string MoviesKey => Prefix + "movies.csv";

    public static bool IsS3(string? setting) => setting?.StartsWith(Scheme, StringComparison.OrdinalIgnoreCase) == true;

    /// <exception cref="FormatException">Not an s3:// address with a bucket.</exception>
    public static S3AudienceLocation Parse(string setting)
    {
        ArgumentNullException.ThrowIfNull(setting);
        if (!IsS3(setting))
            throw new FormatException($"'{setting}' is not an s3:// address.");
        var rest = setting[Scheme.Length..];
        var slash = rest.IndexOf('/', StringComparison.Ordinal);
        var bucket = slash < 0 ? rest : rest[..slash];
        var prefix = slash < 0 ? "" : rest[(slash + 1)..];
        if (bucket.Length is < 3 or > 63 || !bucket.All(c => char.IsAsciiLetterLower(c) || char.IsAsciiDigit(c) || c is '-' or '.'))
            throw new FormatException($"'{setting}' names no valid bucket (3-63 lower-case letters, digits, '-' or '.').");
        if (prefix.Length > 0 && !prefix.EndsWith('/'))
            prefix += "/";
        return new S3AudienceLocation(bucket, prefix);
    }

    public override string ToString() => Scheme + Bucket + "/" + Prefix;
}
