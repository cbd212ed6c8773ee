using APPlatform.ServiceDefaults.Authentication;
using Microsoft.IdentityModel.Tokens;

namespace APPlatform.Gateway.Tokens;

/// <summary>The gateway's token keys: the current one signs; its public half and the previous keys' are published.</summary>
public sealed class TokenSigningKeys
{
    private TokenSigningKeys(ECDsaSecurityKey current, IReadOnlyList<ECDsaSecurityKey> published)
    {
        Current = new SigningCredentials(current, SecurityAlgorithms.EcdsaSha256);
        Published = published;
    }

    public SigningCredentials Current { get; }

    /// <summary>Public halves only, current key first: what the JWKS lists and what the gateway itself verifies with.</summary>
    public IReadOnlyList<ECDsaSecurityKey> Published { get; }

    /// <exception cref="InvalidOperationException">No signing key is configured, or a key is not EC P-256 PEM.</exception>
    public static TokenSigningKeys From(TokenOptions options)
    {
        if (string.IsNullOrWhiteSpace(options.SigningKey))
        {
            throw new InvalidOperationException(
                $"Set {GatewayOptions.SectionName}:Tokens:SigningKey to an EC P-256 private key in PEM " +
                "(`openssl ecparam -name prime256v1 -genkey -noout | openssl pkcs8 -topk8 -nocrypt`). A local run's AppHost generates one.");
        }

        var current = EcKeys.FromPem(options.SigningKey);
        if (!options.SigningKey.Contains("PRIVATE KEY", StringComparison.Ordinal))
        {
            throw new InvalidOperationException($"{GatewayOptions.SectionName}:Tokens:SigningKey is a public key; signing needs the private key.");
        }

        var published = options.PreviousKeys.Select(EcKeys.FromPem).Prepend(current).Select(EcKeys.PublicHalf).ToList();
        return new TokenSigningKeys(current, published);
    }
}
