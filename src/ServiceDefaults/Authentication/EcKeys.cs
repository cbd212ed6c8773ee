using System.Security.Cryptography;
using Microsoft.IdentityModel.Tokens;

namespace APPlatform.ServiceDefaults.Authentication;

/// <summary>
/// The platform's token keys: EC P-256, for ES256. Each key's id is its RFC 7638 thumbprint, so the issuer and a
/// service given the same key in PEM agree on the "kid" without either being told it.
/// </summary>
public static class EcKeys
{
    /// <summary>A key from PEM: a public key (what services are given) or a private one (what only the issuer has).</summary>
    /// <exception cref="InvalidOperationException">The PEM is not an EC P-256 key.</exception>
    public static ECDsaSecurityKey FromPem(string pem)
    {
        var ecdsa = ECDsa.Create();
        try
        {
            ecdsa.ImportFromPem(pem);
        }
        catch (ArgumentException problem)
        {
            throw new InvalidOperationException("A token key must be an EC P-256 key in PEM.", problem);
        }

        if (ecdsa.KeySize != 256)
        {
            throw new InvalidOperationException($"A token key must be on curve P-256 (ES256); this one has {ecdsa.KeySize} bits.");
        }

        return WithThumbprintId(ecdsa);
    }

    /// <summary>The public half alone: what may be published or handed to a service.</summary>
    public static ECDsaSecurityKey PublicHalf(ECDsaSecurityKey key) =>
        new(ECDsa.Create(key.ECDsa.ExportParameters(includePrivateParameters: false))) { KeyId = key.KeyId };

    private static ECDsaSecurityKey WithThumbprintId(ECDsa ecdsa)
    {
        var publicJwk = JsonWebKeyConverter.ConvertFromECDsaSecurityKey(new ECDsaSecurityKey(ECDsa.Create(ecdsa.ExportParameters(false))));
        return new ECDsaSecurityKey(ecdsa) { KeyId = Base64UrlEncoder.Encode(publicJwk.ComputeJwkThumbprint()) };
    }
}
