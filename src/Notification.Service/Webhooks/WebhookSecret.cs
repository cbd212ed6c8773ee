using System.Buffers.Text;
using System.Security.Cryptography;

namespace APPlatform.Notifications.Webhooks;

/// <summary>
/// A secret the platform generates for a subscription: 32 random bytes, base64url, after "whsec_" so it is recognised
/// in a configuration file or a leaked log. Callers never choose one: a chosen secret is as weak as its author.
/// </summary>
public static class WebhookSecret
{
    public const string Prefix = "whsec_";

    public static string New() => Prefix + Base64Url.EncodeToString(RandomNumberGenerator.GetBytes(32));
}
