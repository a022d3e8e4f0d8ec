using System.Text.RegularExpressions;

namespace MediaDiscovery.Hosting.Observability;

/// <summary>
/// Masks what must never reach a log: e-mail addresses (the domain is kept, for diagnosis), bearer and JWT
/// tokens, webhook secrets, AWS access key ids, and the value of any <c>password/secret/token/api key</c> pair.
/// </summary>
public static partial class LogRedactor
{
    public const string Mask = "***";

    public static string Redact(string text)
    {
        if (text.Length == 0)
            return text;
        text = Jwt().Replace(text, Mask);
        text = Bearer().Replace(text, "${scheme} " + Mask);
        text = SecretPair().Replace(text, "${key}${sep}" + Mask);
        text = WebhookSecret().Replace(text, "whsec_" + Mask);
        text = AwsAccessKey().Replace(text, Mask);
        return Email().Replace(text, Mask + "@${domain}");
    }

    [GeneratedRegex(@"\beyJ[A-Za-z0-9_-]{4,}\.[A-Za-z0-9_-]{4,}\.[A-Za-z0-9_-]*", RegexOptions.CultureInvariant)]
    private static partial Regex Jwt();

    [GeneratedRegex(@"(?<scheme>\b(?:Bearer|Basic))\s+[A-Za-z0-9\-._~+/]+=*", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex Bearer();

    [GeneratedRegex(@"(?<key>\b[\w-]*(?:password|passwd|secret|token|api[_-]?key|authorization|credential)[\w-]*""?)(?<sep>\s*[:=]\s*""?)(?!\*\*\*|Bearer\b|Basic\b)[^\s"",;&]+",
        RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex SecretPair();

    [GeneratedRegex(@"\bwhsec_[A-Za-z0-9+/=_-]+", RegexOptions.CultureInvariant)]
    private static partial Regex WebhookSecret();

    [GeneratedRegex(@"\b(?:AKIA|ASIA)[0-9A-Z]{16}\b", RegexOptions.CultureInvariant)]
    private static partial Regex AwsAccessKey();

    [GeneratedRegex(@"\b[A-Za-z0-9._%+-]+@(?<domain>[A-Za-z0-9.-]+\.[A-Za-z]{2,})\b", RegexOptions.CultureInvariant)]
    private static partial Regex Email();
}
