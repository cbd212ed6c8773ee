using Microsoft.IdentityModel.Tokens;
using OpenIddict.Server;
using static OpenIddict.Server.OpenIddictServerEvents;

namespace APPlatform.Identity.Tokens;

/// <summary>
/// Publishes the previous keys (Identity:PreviousKeys) beside OpenIddict's own signing key: OpenIddict publishes only
/// keys it may sign with, and a rotated-out key may be given as a public key alone. Public fields only.
/// </summary>
public sealed class PreviousKeysInJwks(TokenSigningKeys keys) : IOpenIddictServerHandler<HandleJsonWebKeySetRequestContext>
{
    public static OpenIddictServerHandlerDescriptor Descriptor { get; } =
        OpenIddictServerHandlerDescriptor.CreateBuilder<HandleJsonWebKeySetRequestContext>()
            .UseSingletonHandler<PreviousKeysInJwks>()
            .SetOrder(int.MaxValue - 1_000)
            .SetType(OpenIddictServerHandlerType.Custom)
            .Build();

    public ValueTask HandleAsync(HandleJsonWebKeySetRequestContext context)
    {
        foreach (var jwk in keys.Previous.Select(JsonWebKeyConverter.ConvertFromECDsaSecurityKey))
        {
            if (context.Keys.All(key => key.Kid != jwk.Kid))
            {
                context.Keys.Add(new JsonWebKey
                {
                    Kty = jwk.Kty, Use = JsonWebKeyUseNames.Sig, Alg = SecurityAlgorithms.EcdsaSha256, Kid = jwk.Kid, Crv = jwk.Crv, X = jwk.X, Y = jwk.Y,
                });
            }
        }

        return ValueTask.CompletedTask;
    }
}
