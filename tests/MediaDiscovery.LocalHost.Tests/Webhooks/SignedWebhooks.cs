using System.Globalization;
using System.Text;
using MediaDiscovery.Core.Webhooks;

namespace MediaDiscovery.LocalHost.Tests.Webhooks;

/// <summary>Webhook requests as a platform sends them: an availability.changed body, signed per Standard Webhooks.</summary>
public static class SignedWebhooks
{
    /// <summary>32 bytes, as the specification asks; only these tests know it.</summary>
    public static readonly string Secret = "whsec_" + Convert.ToBase64String(Enumerable.Range(1, 32).Select(i => (byte)(i * 7)).ToArray());

    public static readonly string OtherSecret = "whsec_" + Convert.ToBase64String(Enumerable.Range(1, 32).Select(i => (byte)(i * 11)).ToArray());

    public static string Body(string externalId, bool available, DateTimeOffset occurredAt, string? priceType = null)
    {
        var price = priceType is null ? "" : $",\"priceType\":\"{priceType}\"";
        var at = occurredAt.UtcDateTime.ToString("yyyy-MM-dd'T'HH:mm:ss.fffffff'Z'", CultureInfo.InvariantCulture);
        var availableText = available ? "true" : "false";
        return "{\"type\":\"availability.changed\",\"occurredAt\":\"" + at + "\",\"data\":{\"externalId\":\"" + externalId
            + "\",\"available\":" + availableText + price + "}}";
    }

    public static HttpRequestMessage Request(string platform, string webhookId, string body, DateTimeOffset? signedAt = null, string? secret = null)
    {
        var timestamp = (signedAt ?? DateTimeOffset.UtcNow).ToUnixTimeSeconds();
        var bytes = Encoding.UTF8.GetBytes(body);
        var request = new HttpRequestMessage(HttpMethod.Post, new Uri($"/api/v1/webhooks/{platform}", UriKind.Relative))
        {
            Content = new ByteArrayContent(bytes),
        };
        request.Content.Headers.ContentType = new("application/json");
        request.Headers.Add(StandardWebhookHeaders.Id, webhookId);
        request.Headers.Add(StandardWebhookHeaders.Timestamp, timestamp.ToString(CultureInfo.InvariantCulture));
        request.Headers.Add(StandardWebhookHeaders.Signature, StandardWebhookSigner.Sign(webhookId, timestamp, bytes, secret ?? Secret));
        return request;
    }
}
