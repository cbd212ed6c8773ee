using System.Security.Cryptography;
using System.Text;
using Microsoft.Extensions.Options;

namespace APPlatform.Notifications.Webhooks;

/// <summary>
/// Encrypts subscriptions' secrets at rest (AES-256-GCM, the key from <see cref="WebhookOptions.SecretKey"/>): a copy
/// of the database alone cannot forge a delivery. The subscription's id is the associated data, so a ciphertext moved
/// to another subscription does not decrypt.
/// </summary>
public sealed class SecretCipher(IOptions<WebhookOptions> options)
{
    /// <summary>Marks a stored value as ciphertext: rows from before encryption hold the secret as given, without it.</summary>
    public const string Prefix = "aesgcm1:";

    public const string MissingKey =
        $"{WebhookOptions.SectionName}:SecretKey must be base64 of a 256-bit key (32 random bytes): it encrypts webhook secrets at rest, " +
        "and the service does not start without it.";

    private const int NonceSize = 12;
    private const int TagSize = 16;

    private readonly byte[] key = Convert.FromBase64String(options.Value.SecretKey ?? throw new InvalidOperationException(MissingKey));

    /// <summary>Whether <paramref name="secretKey"/> is usable as the key; checked as the service starts.</summary>
    public static bool IsValidKey(string? secretKey)
    {
        var bytes = new byte[32];
        return secretKey is not null && Convert.TryFromBase64String(secretKey, bytes, out var length) && length == bytes.Length;
    }

    public string Encrypt(string secret, Guid subscriptionId)
    {
        var plain = Encoding.UTF8.GetBytes(secret);
        var sealedBox = new byte[NonceSize + plain.Length + TagSize];
        var nonce = sealedBox.AsSpan(0, NonceSize);
        RandomNumberGenerator.Fill(nonce);
        using var aes = new AesGcm(key, TagSize);
        aes.Encrypt(nonce, plain, sealedBox.AsSpan(NonceSize, plain.Length), sealedBox.AsSpan(NonceSize + plain.Length),
            subscriptionId.ToByteArray());
        return Prefix + Convert.ToBase64String(sealedBox);
    }

    /// <exception cref="CryptographicException">Not encrypted with this key for this subscription.</exception>
    public string Decrypt(string stored, Guid subscriptionId)
    {
        var sealedBox = Convert.FromBase64String(stored[Prefix.Length..]);
        var plain = new byte[sealedBox.Length - NonceSize - TagSize];
        using var aes = new AesGcm(key, TagSize);
        aes.Decrypt(sealedBox.AsSpan(0, NonceSize), sealedBox.AsSpan(NonceSize, plain.Length), sealedBox.AsSpan(NonceSize + plain.Length), plain,
            subscriptionId.ToByteArray());
        return Encoding.UTF8.GetString(plain);
    }
}
