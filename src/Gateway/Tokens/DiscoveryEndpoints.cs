using APPlatform.ServiceDefaults.Authentication;
using Microsoft.Extensions.Options;
using Microsoft.IdentityModel.Tokens;

namespace APPlatform.Gateway.Tokens;

/// <summary>
/// What a service needs to trust the gateway's tokens without holding any secret: an OpenID Connect discovery document
/// (OpenID Connect Discovery 1.0 §3) naming the JWKS (RFC 7517) of the public keys. An OpenID Connect provider that
/// takes over issuing publishes the same two documents, so services change nothing but the authority's address.
/// </summary>
public static class DiscoveryEndpoints
{
    public const string DiscoveryPath = "/.well-known/openid-configuration";
    public const string JwksPath = "/.well-known/jwks.json";

    public static IEndpointRouteBuilder MapDiscoveryEndpoints(this IEndpointRouteBuilder app)
    {
        app.MapGet(DiscoveryPath, GetDiscoveryDocument)
            .AllowAnonymous()
            .WithName(nameof(GetDiscoveryDocument))
            .WithSummary("The token issuer's OpenID Connect discovery document")
            .WithTags("Tokens");
        app.MapGet(JwksPath, GetSigningKeys)
            .AllowAnonymous()
            .WithName(nameof(GetSigningKeys))
            .WithSummary("The public keys that verify access tokens (JWKS)")
            .WithTags("Tokens");
        return app;
    }

    public static IResult GetDiscoveryDocument(HttpRequest request, IOptions<JwtOptions> jwt)
    {
        var self = $"{request.Scheme}://{request.Host}{request.PathBase}";
        return TypedResults.Json(new Dictionary<string, object>
        {
            ["issuer"] = jwt.Value.Issuer,
            ["jwks_uri"] = self + JwksPath,
            ["token_endpoint"] = self + TokenEndpoint.Path,
            ["grant_types_supported"] = new[] { "client_credentials" },
            ["token_endpoint_auth_methods_supported"] = new[] { "client_secret_basic", "client_secret_post" },
            ["id_token_signing_alg_values_supported"] = new[] { SecurityAlgorithms.EcdsaSha256 },
        });
    }

    /// <summary>Each key written field by field from its public half, so no private parameter can ever be listed.</summary>
    public static IResult GetSigningKeys(TokenSigningKeys keys, HttpResponse response)
    {
        // Services refetch keys they do not know (a rotation), so a short cache costs nothing.
        response.Headers.CacheControl = "public, max-age=300";
        var published = keys.Published.Select(JsonWebKeyConverter.ConvertFromECDsaSecurityKey).Select(jwk => new Dictionary<string, string>
        {
            ["kty"] = jwk.Kty,
            ["use"] = "sig",
            ["alg"] = SecurityAlgorithms.EcdsaSha256,
            ["kid"] = jwk.Kid,
            ["crv"] = jwk.Crv,
            ["x"] = jwk.X,
            ["y"] = jwk.Y,
        });
        return TypedResults.Json(new { keys = published });
    }
}
