using System.Net;
using System.Security.Cryptography;
using System.Text;
using Microsoft.AspNetCore.Http;

namespace MediaDiscovery.Hosting.RateLimiting;

/// <summary>
/// The address an anonymous caller is limited by. Directly: the connection's. Behind API Gateway
/// (<see cref="RateLimitingOptions.TrustForwardedFor"/>): the last X-Forwarded-For entry, which the gateway appends.
/// Through the page's CloudFront distribution, proven by <see cref="RateLimitingOptions.EdgeSecret"/>: the entry before
/// it, which CloudFront appended for the viewer (the last one is the edge's, shared by everyone behind it).
/// </summary>
public static class ClientAddress
{
    public static string Of(HttpContext context, RateLimitingOptions settings)
    {
        ArgumentNullException.ThrowIfNull(context);
        ArgumentNullException.ThrowIfNull(settings);
        if (settings.TrustForwardedFor)
        {
            var entries = context.Request.Headers["X-Forwarded-For"].ToString().Split(',', StringSplitOptions.TrimEntries);
            var fromEnd = CameThroughEdge(context, settings) ? 2 : 1;
            if (entries.Length >= fromEnd && IPAddress.TryParse(entries[^fromEnd], out var address))
                return address.ToString();
        }
        return context.Connection.RemoteIpAddress?.ToString() ?? "unknown";
    }

    private static bool CameThroughEdge(HttpContext context, RateLimitingOptions settings) =>
        settings.EdgeSecret is { Length: > 0 } secret
        && context.Request.Headers[RateLimitingOptions.EdgeSecretHeader].ToString() is { Length: > 0 } sent
        && CryptographicOperations.FixedTimeEquals(Encoding.UTF8.GetBytes(sent), Encoding.UTF8.GetBytes(secret));
}
