using System.Security.Cryptography;
using System.Text;

namespace APPlatform.Notifications.Webhooks;

/// <summary>
/// The APPlatform-Signature header: "v1=" and the lower-case hex HMAC-SHA256, keyed with the secret as UTF-8, of
/// "{APPlatform-Timestamp}.{body}"; during a rotation's overlap one such entry per secret, comma-separated, the new
/// secret's first (platform policy: docs/notifications.md, "Each delivery").
/// </summary>
public static class WebhookSignature
{
    public static string Of(string timestamp, string body, IEnumerable<string> secrets)
    {
        var signed = Encoding.UTF8.GetBytes($"{timestamp}.{body}");
        return string.Join(',', secrets.Select(secret => "v1=" + Convert.ToHexStringLower(HMACSHA256.HashData(Encoding.UTF8.GetBytes(secret), signed))));
    }
}
