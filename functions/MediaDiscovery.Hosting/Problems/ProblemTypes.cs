namespace MediaDiscovery.Hosting.Problems;

/// <summary>Stable problem <c>type</c> URIs (RFC 9457): clients branch on these, never on titles or text.</summary>
public static class ProblemTypes
{
    private const string Base = "https://mediadiscovery.dev/problems/";

    public const string Validation = Base + "validation";
    public const string MalformedRequest = Base + "malformed-request";
    public const string Unauthorized = Base + "unauthorized";
    public const string Forbidden = Base + "forbidden";
    public const string RateLimited = Base + "rate-limited";
    public const string NotFound = Base + "not-found";
    public const string MethodNotAllowed = Base + "method-not-allowed";
    public const string PayloadTooLarge = Base + "payload-too-large";
    public const string UnsupportedMediaType = Base + "unsupported-media-type";
    public const string Conflict = Base + "conflict";
    public const string Unavailable = Base + "unavailable";
    public const string Internal = Base + "internal";

    public static bool IsOwn(string? type) => type is not null && type.StartsWith(Base, StringComparison.Ordinal);

    public static string ForStatus(int status) => status switch
    {
        400 => MalformedRequest,
        401 => Unauthorized,
        403 => Forbidden,
        429 => RateLimited,
        404 => NotFound,
        405 => MethodNotAllowed,
        409 => Conflict,
        413 => PayloadTooLarge,
        415 => UnsupportedMediaType,
        422 => Validation,
        503 => Unavailable,
        >= 500 => Internal,
        _ => Base + status.ToString(System.Globalization.CultureInfo.InvariantCulture),
    };
}
