using System.Net;
using System.Net.Http.Headers;
using System.Net.Http.Json;
using System.Security.Cryptography;
using System.Text.Json;
using APPlatform.ProviderDirectory;
using APPlatform.ProviderDirectory.Infrastructure;
using APPlatform.TestSupport;
using Microsoft.IdentityModel.JsonWebTokens;

namespace APPlatform.Gateway.Tests;

/// <summary>
/// The gateway alone holds the key that signs tokens; anyone may read the public keys that verify them, and a service
/// that knows only the gateway's address trusts its tokens and nobody else's.
/// </summary>
public sealed class PublishedKeysTests(TestServers servers)
{
    [Fact]
    public async Task TheKeysAreServedWithoutATokenAndHoldNoPrivateParameter()
    {
        await using var system = await GatewayUnderTest.StartAsync(servers);

        var response = await system.Gateway.CreateClient().GetAsync("/.well-known/jwks.json");

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var key = (await response.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("keys").EnumerateArray().Single();
        Assert.Equal("EC", key.GetProperty("kty").GetString());
        Assert.Equal("ES256", key.GetProperty("alg").GetString());
        Assert.Equal(["alg", "crv", "kid", "kty", "use", "x", "y"], key.EnumerateObject().Select(p => p.Name).Order());
    }

    [Fact]
    public async Task TheDiscoveryDocumentNamesTheIssuerItsKeysAndItsTokenEndpoint()
    {
        await using var system = await GatewayUnderTest.StartAsync(servers);

        var discovery = await system.Gateway.CreateClient().GetFromJsonAsync<JsonElement>("/.well-known/openid-configuration");

        var gateway = system.Gateway.Address.ToString().TrimEnd('/');
        Assert.Equal(TestAuthentication.Issuer, discovery.GetProperty("issuer").GetString());
        Assert.Equal($"{gateway}/.well-known/jwks.json", discovery.GetProperty("jwks_uri").GetString());
        Assert.Equal($"{gateway}/connect/token", discovery.GetProperty("token_endpoint").GetString());
        Assert.Equal(["client_credentials"], discovery.GetProperty("grant_types_supported").EnumerateArray().Select(g => g.GetString()));
    }

    [Fact]
    public async Task ATokenIsSignedES256AndNamesThePublishedKeyThatVerifiesIt()
    {
        await using var system = await GatewayUnderTest.StartAsync(servers);

        var token = new JsonWebToken(await system.TokenForAsync("demo-la"));

        var published = await system.Gateway.CreateClient().GetFromJsonAsync<JsonElement>("/.well-known/jwks.json");
        Assert.Equal("ES256", token.Alg);
        Assert.Equal(published.GetProperty("keys")[0].GetProperty("kid").GetString(), token.Kid);
    }

    [Fact]
    public async Task AfterARotationThePreviousKeyIsStillPublishedAndTokensItSignedStillPass()
    {
        await using var system = await GatewayUnderTest.StartAsync(servers, gatewaySettings: new Dictionary<string, string?>
        {
            ["Gateway:Tokens:SigningKey"] = NewPrivateKeyPem(),
            ["Gateway:Tokens:PreviousKeys:0"] = TestAuthentication.PublicKeyPem,
        });
        var signedBeforeTheRotation = system.Gateway.CreateClient().As(TestCaller.LocalAuthority());

        var keys = await system.Gateway.CreateClient().GetFromJsonAsync<JsonElement>("/.well-known/jwks.json");
        var created = await signedBeforeTheRotation.PostAsJsonAsync("/api/directory/providers", new { name = "Before the rotation" });

        Assert.Equal(2, keys.GetProperty("keys").GetArrayLength());
        Assert.Equal(HttpStatusCode.Created, created.StatusCode);
    }

    [Fact]
    public async Task AServiceThatKnowsOnlyTheGatewaysAddressAcceptsItsTokensAndRefusesOthers()
    {
        await using var gateway = TestServers.StartApp<GatewayOptions>(
            new Dictionary<string, string?> { ["Gateway:Tokens:SigningKey"] = NewPrivateKeyPem() }, kestrel: true);
        await using var directory = await servers.StartServiceAsync<DirectoryDbContext>(
            DirectoryServiceExtensions.DatabaseName, servers.NewEntityPrefix(),
            new Dictionary<string, string?> { ["Authentication:Jwt:Authority"] = gateway.Address.ToString().TrimEnd('/') });
        var fromTheGateway = directory.CreateClient();
        fromTheGateway.DefaultRequestHeaders.Authorization = new AuthenticationHeaderValue("Bearer", await TokenAsync(gateway, "demo-la"));
        var signedElsewhere = directory.CreateClient(TestCaller.LocalAuthority());

        var accepted = await fromTheGateway.PostAsJsonAsync("/api/directory/providers", new { name = "Trusted through the published keys" });
        var refused = await signedElsewhere.PostAsJsonAsync("/api/directory/providers", new { name = "Signed by a key the gateway never published" });

        Assert.Equal(HttpStatusCode.Created, accepted.StatusCode);
        await ProblemAssert.HasStatus(refused, HttpStatusCode.Unauthorized);
    }

    [Fact]
    public void AGatewayGivenNoPrivateKeyRefusesToStart()
    {
        using var gateway = TestServers.StartApp<GatewayOptions>(
            new Dictionary<string, string?> { ["Gateway:Tokens:SigningKey"] = TestAuthentication.PublicKeyPem });

        var refusal = Assert.Throws<InvalidOperationException>(() => gateway.CreateClient());

        Assert.Contains("signing needs the private key", refusal.Message);
    }

    private static async Task<string> TokenAsync(ServiceApp<GatewayOptions> gateway, string demoClient)
    {
        var response = await gateway.CreateClient().PostAsync("/connect/token", new FormUrlEncodedContent(new Dictionary<string, string>
        {
            ["grant_type"] = "client_credentials",
            ["client_id"] = demoClient,
            ["client_secret"] = $"{demoClient}-secret",
        }));
        response.EnsureSuccessStatusCode();
        return (await response.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("access_token").GetString()!;
    }

    private static string NewPrivateKeyPem() => ECDsa.Create(ECCurve.NamedCurves.nistP256).ExportPkcs8PrivateKeyPem();
}
