using System.Net;
using System.Security.Cryptography;
using APPlatform.ServiceDefaults.Authentication;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Http;
using Microsoft.IdentityModel.JsonWebTokens;
using Microsoft.IdentityModel.Tokens;

namespace APPlatform.ServiceDefaults.Unit.Tests.Hosting;

/// <summary>
/// With Authentication:Jwt:Authority set, a service trusts an external OpenID Connect issuer (its discovery document and
/// signing keys), as it trusts the gateway in a local run. The issuer here is a real HTTP server publishing an ES256 key.
/// </summary>
public sealed class ExternalIssuerTests : IAsyncLifetime
{
    private readonly ECDsaSecurityKey issuerKey = new(ECDsa.Create(ECCurve.NamedCurves.nistP256)) { KeyId = "issuer-key-1" };
    private WebApplication issuer = null!;

    private string Authority => issuer.Urls.Single();

    public async ValueTask InitializeAsync()
    {
        var builder = WebApplication.CreateSlimBuilder();
        builder.WebHost.UseUrls("http://127.0.0.1:0");
        issuer = builder.Build();
        issuer.MapGet("/.well-known/openid-configuration", () => Results.Json(new Dictionary<string, object>
        {
            ["issuer"] = Authority,
            ["jwks_uri"] = $"{Authority}/jwks",
        }));
        issuer.MapGet("/jwks", () =>
        {
            var jwk = JsonWebKeyConverter.ConvertFromECDsaSecurityKey(new ECDsaSecurityKey(ECDsa.Create(issuerKey.ECDsa.ExportParameters(false))) { KeyId = issuerKey.KeyId });
            return Results.Json(new { keys = new[] { new { kty = jwk.Kty, kid = jwk.Kid, use = "sig", alg = "ES256", crv = jwk.Crv, x = jwk.X, y = jwk.Y } } });
        });
        await issuer.StartAsync();
    }

    public async ValueTask DisposeAsync() => await issuer.DisposeAsync();

    [Fact]
    public async Task ATokenFromTheTrustedIssuerIsAccepted()
    {
        await using var app = await StartTrustingIssuerAsync();

        var response = await app.CallWithTokenAsync(Token(issuerKey));

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal("local_authority", await response.Content.ReadAsStringAsync());
    }

    [Fact]
    public async Task ATokenSignedWithAKeyTheIssuerDoesNotPublishIsRefused()
    {
        await using var app = await StartTrustingIssuerAsync();

        var response = await app.CallWithTokenAsync(Token(new ECDsaSecurityKey(ECDsa.Create(ECCurve.NamedCurves.nistP256)) { KeyId = "issuer-key-1" }));

        Assert.Equal(HttpStatusCode.Unauthorized, response.StatusCode);
    }

    private Task<DefaultsApp> StartTrustingIssuerAsync() => DefaultsApp.StartAsync(new Dictionary<string, string?>
    {
        ["Authentication:Jwt:Authority"] = Authority,
        ["Authentication:Jwt:Issuer"] = Authority,
        ["Authentication:Jwt:Audience"] = "applatform",
    });

    private string Token(SecurityKey key) => new JsonWebTokenHandler().CreateToken(new SecurityTokenDescriptor
    {
        Issuer = Authority,
        Audience = "applatform",
        Expires = DateTime.UtcNow.AddMinutes(5),
        Claims = new Dictionary<string, object>
        {
            [PlatformClaims.ClientId] = "la-system",
            [PlatformClaims.OrganisationId] = Guid.NewGuid().ToString(),
            [PlatformClaims.OrganisationType] = "local_authority",
            [PlatformClaims.Scope] = "directory",
        },
        SigningCredentials = new SigningCredentials(key, SecurityAlgorithms.EcdsaSha256),
    });
}
