using System.Net;
using System.Net.Http.Json;
using System.Security.Cryptography;
using System.Text.Json;
using APPlatform.TestSupport;
using Microsoft.IdentityModel.JsonWebTokens;

namespace APPlatform.Identity.Tests;

/// <summary>
/// The identity service alone holds the key that signs tokens; anyone may read its discovery document and the public
/// keys that verify them, and a service given only a public key trusts its tokens and nobody else's.
/// </summary>
public sealed class PublishedKeysTests(IdentityService identity, TestServers servers) : IClassFixture<IdentityService>
{
    [Fact]
    public async Task TheDiscoveryDocumentNamesTheIssuerItsEndpointsES256AndEveryGrant()
    {
        var discovery = await identity.Anonymous().GetFromJsonAsync<JsonElement>("/.well-known/openid-configuration");

        Assert.Equal(IdentityService.Issuer, discovery.GetProperty("issuer").GetString());
        Assert.Equal("http://localhost:5080/.well-known/jwks.json", discovery.GetProperty("jwks_uri").GetString());
        Assert.Equal("http://localhost:5080/connect/token", discovery.GetProperty("token_endpoint").GetString());
        Assert.Equal("http://localhost:5080/connect/authorize", discovery.GetProperty("authorization_endpoint").GetString());
        Assert.Equal("http://localhost:5080/connect/endsession", discovery.GetProperty("end_session_endpoint").GetString());
        Assert.Equal(["ES256"], Strings(discovery, "id_token_signing_alg_values_supported"));
        Assert.All(["authorization_code", "refresh_token", "client_credentials"], grant => Assert.Contains(grant, Strings(discovery, "grant_types_supported")));
        Assert.Contains("S256", Strings(discovery, "code_challenge_methods_supported"));
        Assert.All(["openid", "profile", "offline_access", "directory", "referrals", "attendance", "notifications"],
            scope => Assert.Contains(scope, Strings(discovery, "scopes_supported")));
    }

    [Fact]
    public async Task TheKeysAreServedWithoutATokenAndHoldNoPrivateParameter()
    {
        var response = await identity.Anonymous().GetAsync("/.well-known/jwks.json");

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var key = (await response.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("keys").EnumerateArray().Single();
        Assert.Equal("EC", key.GetProperty("kty").GetString());
        Assert.Equal("ES256", key.GetProperty("alg").GetString());
        Assert.Equal("P-256", key.GetProperty("crv").GetString());
        Assert.DoesNotContain("d", key.EnumerateObject().Select(p => p.Name));
        Assert.Subset(new HashSet<string> { "alg", "crv", "kid", "kty", "use", "x", "y", "x5t", "x5c", "key_ops" },
            key.EnumerateObject().Select(p => p.Name).ToHashSet());
    }

    [Fact]
    public async Task ATokenIsSignedES256AndNamesThePublishedKeyByItsThumbprint()
    {
        var token = new JsonWebToken(await identity.ClientTokenAsync("demo-la"));

        var published = await identity.Anonymous().GetFromJsonAsync<JsonElement>("/.well-known/jwks.json");
        Assert.Equal("ES256", token.Alg);
        Assert.Equal(published.GetProperty("keys")[0].GetProperty("kid").GetString(), token.Kid);
        Assert.Equal(ServiceDefaults.Authentication.EcKeys.FromPem(IdentityService.PublicKeyPem).KeyId, token.Kid);
    }

    [Fact]
    public async Task AfterARotationThePreviousKeyIsStillPublishedAndTokensItSignedStillPass()
    {
        var newKey = NewPrivateKeyPem();
        await using var rotated = await IdentityService.StartAsync(servers, new Dictionary<string, string?>
        {
            ["Identity:SigningKey"] = newKey,
            ["Identity:PreviousKeys:0"] = IdentityService.PublicKeyPem,
        });
        var signedBeforeTheRotation = await identity.ClientTokenAsync("demo-la");

        var keys = await rotated.CreateClient().GetFromJsonAsync<JsonElement>("/.well-known/jwks.json");

        Assert.Equal(
            new[] { ServiceDefaults.Authentication.EcKeys.FromPem(newKey).KeyId, new JsonWebToken(signedBeforeTheRotation).Kid },
            keys.GetProperty("keys").EnumerateArray().Select(key => key.GetProperty("kid").GetString()));
    }

    [Fact]
    public async Task AServiceRefusesATokenSignedWithAnotherKey()
    {
        await using var service = await ServiceThatVerifies.StartAsync(TestAuthentication.PublicKeyPem);

        var (status, _) = await service.CallerAsync(await identity.ClientTokenAsync("demo-la"));

        Assert.Equal(401, status);
    }

    [Theory]
    [InlineData("Identity:SigningKey", "public", "signing needs the private key")]
    [InlineData("Authentication:Jwt:Issuer", "applatform-local", "must be an absolute address")]
    public async Task AServiceWronglyConfiguredRefusesToStart(string setting, string value, string message)
    {
        var refusal = await Assert.ThrowsAnyAsync<Exception>(() => IdentityService.StartAsync(servers, new Dictionary<string, string?>
        {
            [setting] = value == "public" ? IdentityService.PublicKeyPem : value,
        }));

        Assert.Contains(message, refusal.ToString());
    }

    private static IEnumerable<string?> Strings(JsonElement document, string property) =>
        document.GetProperty(property).EnumerateArray().Select(value => value.GetString());

    private static string NewPrivateKeyPem() => ECDsa.Create(ECCurve.NamedCurves.nistP256).ExportPkcs8PrivateKeyPem();
}
