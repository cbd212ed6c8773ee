using APPlatform.ServiceDefaults.Authentication;
using Microsoft.IdentityModel.Tokens;

namespace APPlatform.Identity.Tokens;

/// <summary>
/// The platform's token keys: the current one signs (ES256); its public half and the previous keys' are published.
/// Each key's id is its RFC 7638 thumbprint (<see cref="EcKeys"/>), so a service given the PEM agrees on the kid.
/// </summary>
public sealed class TokenSigningKeys
{
    private TokenSigningKeys(ECDsaSecurityKey current, IReadOnlyList<ECDsaSecurityKey> published)
    {
        Current = current;
        Published = published;
    }

    /// <summary>The private key that signs.</summary>
    public ECDsaSecurityKey Current { get; }

    /// <summary>Public halves only, current key first: what the JWKS lists and what this service itself verifies with.</summary>
    public IReadOnlyList<ECDsaSecurityKey> Published { get; }

    /// <summary>The previous keys' public halves: published beside the current key, never used to sign.</summary>
    public IEnumerable<ECDsaSecurityKey> Previous => Published.Skip(1);

    /// <exception cref="InvalidOperationException">No signing key is configured, or a key is not EC P-256 PEM.</exception>
    public static TokenSigningKeys From(IdentityServiceOptions options)
    {
        const string setting = $"{IdentityServiceOptions.SectionName}:{nameof(IdentityServiceOptions.SigningKey)}";
        if (string.IsNullOrWhiteSpace(options.SigningKey))
        {
            throw new InvalidOperationException(
                $"Set {setting} to an EC P-256 private key in PEM " +
                "(`openssl ecparam -name prime256v1 -genkey -noout | openssl pkcs8 -topk8 -nocrypt`). A local run's AppHost generates one.");
        }

        var current = EcKeys.FromPem(options.SigningKey);
        if (!options.SigningKey.Contains("PRIVATE KEY", StringComparison.Ordinal))
        {
            throw new InvalidOperationException($"{setting} is a public key; signing needs the private key.");
        }

        var published = options.PreviousKeys.Where(pem => !string.IsNullOrWhiteSpace(pem)).Select(EcKeys.FromPem)
            .Prepend(current).Select(EcKeys.PublicHalf).ToList();
        return new TokenSigningKeys(current, published);
    }
}
