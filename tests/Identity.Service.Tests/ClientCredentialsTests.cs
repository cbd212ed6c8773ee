using System.Net;
using System.Net.Http.Headers;
using System.Text;
using APPlatform.Identity.Clients;
using APPlatform.TestSupport;
using Microsoft.IdentityModel.JsonWebTokens;

namespace APPlatform.Identity.Tests;

/// <summary>POST /connect/token with client credentials: every demo client of Development, as services read its token.</summary>
public sealed class ClientCredentialsTests(IdentityService identity) : IClassFixture<IdentityService>
{
    public static TheoryData<string, string, string, string?, string?> DemoClients => new()
    {
        { "demo-admin", "a0000000-0000-0000-0000-000000000001", "PlatformAdmin", null, null },
        { "demo-la", "1a000000-0000-0000-0000-000000000001", "LocalAuthority", null, null },
        { "demo-la-2", "1a000000-0000-0000-0000-000000000002", "LocalAuthority", null, null },
        { "demo-trust", "7a000000-0000-0000-0000-000000000001", "Trust", null, "1a000000-0000-0000-0000-000000000001" },
        { "demo-school", "5c000000-0000-0000-0000-000000000001", "School", "7a000000-0000-0000-0000-000000000001", "1a000000-0000-0000-0000-000000000001" },
        { "demo-school-2", "5c000000-0000-0000-0000-000000000002", "School", "7a000000-0000-0000-0000-000000000001", "1a000000-0000-0000-0000-000000000001" },
        { "demo-school-3", "5c000000-0000-0000-0000-000000000003", "School", null, "1a000000-0000-0000-0000-000000000002" },
        { "demo-provider", "9d000000-0000-0000-0000-000000000001", "Provider", null, null },
        { "demo-provider-2", "9d000000-0000-0000-0000-000000000002", "Provider", null, null },
    };

    [Theory]
    [MemberData(nameof(DemoClients))]
    public async Task EveryDemoClientGetsATokenThatAServiceReadsAsItsOrganisation(
        string clientId, string organisationId, string type, string? trustId, string? localAuthorityId)
    {
        await using var service = await ServiceThatVerifies.StartAsync(IdentityService.PublicKeyPem);

        var (status, caller) = await service.CallerAsync(await identity.ClientTokenAsync(clientId));

        Assert.Equal(200, status);
        Assert.Equal(clientId, caller.GetProperty("clientId").GetString());
        Assert.Equal(organisationId, caller.GetProperty("organisationId").GetString());
        Assert.Equal(type, caller.GetProperty("organisationType").GetString());
        Assert.Equal(["attendance", "directory", "notifications", "referrals"], caller.GetProperty("scopes").EnumerateArray().Select(s => s.GetString()));
        Assert.Equal(trustId, caller.GetProperty("trustId").GetString());
        Assert.Equal(localAuthorityId, caller.GetProperty("localAuthorityId").GetString());
        Assert.Equal(System.Text.Json.JsonValueKind.Null, caller.GetProperty("person").ValueKind);
    }

    [Fact]
    public async Task ATokenIsShortLivedSignedES256ForThePlatformAudienceAndNotCached()
    {
        var response = await identity.RequestTokenAsync(new Dictionary<string, string>
        {
            ["grant_type"] = "client_credentials", ["client_id"] = "demo-school", ["client_secret"] = "demo-school-secret",
        });

        var body = await OAuthAssert.IsOk(response);
        Assert.True(response.Headers.CacheControl?.NoStore);
        Assert.Equal("Bearer", body.GetProperty("token_type").GetString());
        Assert.InRange(body.GetProperty("expires_in").GetInt32(), 800, 900);
        var token = new JsonWebToken(body.GetProperty("access_token").GetString());
        Assert.Equal("ES256", token.Alg);
        Assert.Equal(IdentityService.Issuer, token.Issuer);
        Assert.Equal(["applatform"], token.Audiences);
        Assert.Equal("demo-school", token.Subject);
        Assert.Equal("demo-school", token.GetClaim("client_id").Value);
        Assert.Equal("school", token.GetClaim("org_type").Value);
        Assert.Equal("directory referrals attendance notifications", token.GetClaim("scope").Value);
        Assert.InRange(token.ValidTo - token.IssuedAt, TimeSpan.FromMinutes(14), TimeSpan.FromMinutes(15));
        // OpenIddict adds its own oi_prst (the presenter, the client id again) and oi_tkn_id (the stored token's id).
        Assert.Equal(
            string.Join(' ', new[] { "aud", "client_id", "exp", "iat", "iss", "jti", "la_id", "oi_prst", "oi_tkn_id", "org_id", "org_type", "scope", "sub", "trust_id" }),
            string.Join(' ', token.Claims.Select(claim => claim.Type).Order(StringComparer.Ordinal)));
    }

    [Fact]
    public async Task ClientCredentialsMayComeAsHttpBasic()
    {
        var request = new HttpRequestMessage(HttpMethod.Post, "/connect/token")
        {
            Content = new FormUrlEncodedContent(new Dictionary<string, string> { ["grant_type"] = "client_credentials" }),
        };
        request.Headers.Authorization = new AuthenticationHeaderValue("Basic", Convert.ToBase64String(Encoding.UTF8.GetBytes("demo-la:demo-la-secret")));

        var response = await identity.Anonymous().SendAsync(request);

        await OAuthAssert.IsOk(response);
    }

    [Fact]
    public async Task AskingForFewerScopesGrantsOnlyThose()
    {
        var token = new JsonWebToken(await identity.ClientTokenAsync("demo-provider", scope: "attendance"));

        Assert.Equal("attendance", token.GetClaim("scope").Value);
    }

    [Fact]
    public async Task AWrongSecretIsRefusedAsAnInvalidClient()
    {
        var response = await identity.RequestTokenAsync(new Dictionary<string, string>
        {
            ["grant_type"] = "client_credentials", ["client_id"] = "demo-school", ["client_secret"] = "guess",
        });

        await OAuthAssert.HasError(response, HttpStatusCode.Unauthorized, "invalid_client");
    }

    [Fact]
    public async Task AnUnknownClientIsRefusedTheSameWay()
    {
        var response = await identity.RequestTokenAsync(new Dictionary<string, string>
        {
            ["grant_type"] = "client_credentials", ["client_id"] = "nobody", ["client_secret"] = "nobody-secret",
        });

        await OAuthAssert.HasError(response, HttpStatusCode.Unauthorized, "invalid_client");
    }

    [Fact]
    public async Task AGrantTheServerDoesNotOfferIsRefused()
    {
        var response = await identity.RequestTokenAsync(new Dictionary<string, string>
        {
            ["grant_type"] = "password", ["client_id"] = "demo-school", ["client_secret"] = "demo-school-secret",
            ["username"] = "head@demo-dales.example", ["password"] = IdentityService.DemoPassword,
        });

        await OAuthAssert.HasError(response, HttpStatusCode.BadRequest, "unsupported_grant_type");
    }

    [Fact]
    public async Task AScopeTheClientWasNotGivenIsRefused()
    {
        var unknown = await identity.RequestTokenAsync(new Dictionary<string, string>
        {
            ["grant_type"] = "client_credentials", ["client_id"] = "demo-school", ["client_secret"] = "demo-school-secret", ["scope"] = "admin",
        });
        var notItsOwn = await identity.RequestTokenAsync(new Dictionary<string, string>
        {
            ["grant_type"] = "client_credentials", ["client_id"] = "demo-school", ["client_secret"] = "demo-school-secret",
            ["scope"] = "parent-letters",
        });

        await OAuthAssert.HasError(unknown, HttpStatusCode.BadRequest, "invalid_scope");
        Assert.Equal(HttpStatusCode.BadRequest, notItsOwn.StatusCode);
    }

    [Fact]
    public async Task AJsonBodyIsRefusedAsAnInvalidRequest()
    {
        var response = await identity.Anonymous().PostAsync("/connect/token",
            new StringContent("""{"grant_type":"client_credentials"}""", Encoding.UTF8, "application/json"));

        await OAuthAssert.HasError(response, HttpStatusCode.BadRequest, "invalid_request");
    }

    [Fact]
    public async Task AnOrdinaryClientMayNotActForASchool()
    {
        var response = await identity.RequestTokenAsync(new Dictionary<string, string>
        {
            ["grant_type"] = "client_credentials", ["client_id"] = "demo-la", ["client_secret"] = "demo-la-secret",
            ["school_id"] = Guid.NewGuid().ToString(),
        });

        await OAuthAssert.HasError(response, HttpStatusCode.BadRequest, "unauthorized_client");
    }

    [Fact]
    public async Task TheStoredSecretIsTheConfiguredPbkdf2HashNeverThePlainSecret()
    {
        var stored = await identity.WithDbAsync(async db =>
            (await Microsoft.EntityFrameworkCore.EntityFrameworkQueryableExtensions.SingleAsync(
                db.Set<OpenIddict.EntityFrameworkCore.Models.OpenIddictEntityFrameworkCoreApplication>(), a => a.ClientId == "demo-la")).ClientSecret!);

        Assert.StartsWith("pbkdf2-sha256$", stored);
        Assert.True(ClientSecretHasher.Verify("demo-la-secret", stored));
    }
}
