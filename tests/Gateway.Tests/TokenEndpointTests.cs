using System.Net;
using System.Net.Http.Headers;
using System.Net.Http.Json;
using System.Text;
using System.Text.Json;
using APPlatform.TestSupport;
using Microsoft.IdentityModel.JsonWebTokens;

namespace APPlatform.Gateway.Tests;

/// <summary>POST /connect/token: OAuth 2.0 client credentials for the demo clients of the development environment.</summary>
public sealed class TokenEndpointTests(TestServers servers) : IAsyncLifetime
{
    private GatewayUnderTest system = null!;

    public async ValueTask InitializeAsync() => system = await GatewayUnderTest.StartAsync(servers);

    public ValueTask DisposeAsync() => system.DisposeAsync();

    [Fact]
    public async Task ADemoSchoolGetsAShortLivedTokenNamingItsOrganisation()
    {
        var response = await RequestTokenAsync(new() { ["grant_type"] = "client_credentials", ["client_id"] = "demo-school", ["client_secret"] = "demo-school-secret" });

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.True(response.Headers.CacheControl?.NoStore);
        var body = await response.Content.ReadFromJsonAsync<JsonElement>();
        Assert.Equal("Bearer", body.GetProperty("token_type").GetString());
        Assert.InRange(body.GetProperty("expires_in").GetInt32(), 60, 3600);
        var token = new JsonWebToken(body.GetProperty("access_token").GetString());
        Assert.Equal("school", token.GetClaim("org_type").Value);
        Assert.Equal("5c000000-0000-0000-0000-000000000001", token.GetClaim("org_id").Value);
        Assert.Equal("7a000000-0000-0000-0000-000000000001", token.GetClaim("trust_id").Value);
        Assert.Equal("directory referrals attendance notifications", token.GetClaim("scope").Value);
    }

    [Fact]
    public async Task ClientCredentialsMayComeAsHttpBasic()
    {
        var request = new HttpRequestMessage(HttpMethod.Post, "/connect/token")
        {
            Content = new FormUrlEncodedContent(new Dictionary<string, string> { ["grant_type"] = "client_credentials" }),
        };
        request.Headers.Authorization = new AuthenticationHeaderValue("Basic", Convert.ToBase64String(Encoding.UTF8.GetBytes("demo-la:demo-la-secret")));

        var response = await system.Gateway.CreateClient().SendAsync(request);

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
    }

    [Fact]
    public async Task AskingForFewerScopesGrantsOnlyThose()
    {
        var token = new JsonWebToken(await system.TokenForAsync("demo-provider", scope: "attendance"));

        Assert.Equal("attendance", token.GetClaim("scope").Value);
    }

    [Fact]
    public async Task AWrongSecretIsRefusedAsAnInvalidClient()
    {
        var response = await RequestTokenAsync(new() { ["grant_type"] = "client_credentials", ["client_id"] = "demo-school", ["client_secret"] = "guess" });

        var problem = await ProblemAssert.HasStatus(response, HttpStatusCode.Unauthorized);
        Assert.Equal("invalid_client", problem.Error);
    }

    [Fact]
    public async Task AnUnknownClientIsRefusedTheSameWay()
    {
        var response = await RequestTokenAsync(new() { ["grant_type"] = "client_credentials", ["client_id"] = "nobody", ["client_secret"] = "nobody-secret" });

        var problem = await ProblemAssert.HasStatus(response, HttpStatusCode.Unauthorized);
        Assert.Equal("invalid_client", problem.Error);
    }

    [Fact]
    public async Task OnlyTheClientCredentialsGrantIsSupported()
    {
        var response = await RequestTokenAsync(new() { ["grant_type"] = "password", ["client_id"] = "demo-school", ["client_secret"] = "demo-school-secret" });

        var problem = await ProblemAssert.HasStatus(response, HttpStatusCode.BadRequest);
        Assert.Equal("unsupported_grant_type", problem.Error);
    }

    [Fact]
    public async Task AScopeTheClientWasNotGivenIsRefused()
    {
        var response = await RequestTokenAsync(new() { ["grant_type"] = "client_credentials", ["client_id"] = "demo-school", ["client_secret"] = "demo-school-secret", ["scope"] = "admin" });

        var problem = await ProblemAssert.HasStatus(response, HttpStatusCode.BadRequest);
        Assert.Equal("invalid_scope", problem.Error);
    }

    [Fact]
    public async Task AJsonBodyIsRefusedAsAnInvalidRequest()
    {
        var response = await system.Gateway.CreateClient().PostAsJsonAsync("/connect/token", new { grant_type = "client_credentials" });

        var problem = await ProblemAssert.HasStatus(response, HttpStatusCode.BadRequest);
        Assert.Equal("invalid_request", problem.Error);
    }

    [Fact]
    public async Task AServiceThatActsForSchoolsGetsALetterTokenNamingTheSchoolThePlacementAndItselfAsClient()
    {
        await using var withService = await GatewayUnderTest.StartAsync(servers, gatewaySettings: LetterClients());
        var (school, placement) = (Guid.NewGuid(), Guid.NewGuid());

        var response = await RequestTokenAsync(withService, LetterForm("letters", school, placement));

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var token = new JsonWebToken((await response.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("access_token").GetString());
        Assert.Equal(school.ToString(), token.GetClaim("org_id").Value);
        Assert.Equal("school", token.GetClaim("org_type").Value);
        Assert.Equal("letters", token.GetClaim("client_id").Value);
        Assert.Equal(placement.ToString(), token.GetClaim("letter").Value);
        Assert.Equal("parent-letters", token.GetClaim("scope").Value);
    }

    [Fact]
    public async Task AServiceThatActsForSchoolsGetsNoTokenOfItsOwn()
    {
        await using var withService = await GatewayUnderTest.StartAsync(servers, gatewaySettings: LetterClients());

        var response = await RequestTokenAsync(withService, new()
        {
            ["grant_type"] = "client_credentials", ["client_id"] = "letters", ["client_secret"] = "letters-secret",
        });

        var problem = await ProblemAssert.HasStatus(response, HttpStatusCode.BadRequest);
        Assert.Equal("unauthorized_client", problem.Error);
    }

    [Fact]
    public async Task AServiceThatActsForSchoolsGetsNoTokenForAWholeSchoolNorOneWithTheReferralsScope()
    {
        await using var withService = await GatewayUnderTest.StartAsync(servers, gatewaySettings: LetterClients());
        var school = Guid.NewGuid();
        var wholeSchool = LetterForm("letters", school, Guid.NewGuid());
        wholeSchool.Remove("placement_id");
        var withReferrals = LetterForm("letters", school, Guid.NewGuid());
        withReferrals["scope"] = "parent-letters referrals";

        foreach (var form in new[] { wholeSchool, withReferrals })
        {
            var problem = await ProblemAssert.HasStatus(await RequestTokenAsync(withService, form), HttpStatusCode.BadRequest);
            Assert.Equal("unauthorized_client", problem.Error);
        }
    }

    [Fact]
    public async Task TheGatewayRefusesALetterTokenToAClientWithoutActsForSchools()
    {
        await using var withService = await GatewayUnderTest.StartAsync(servers, gatewaySettings: LetterClients());

        var response = await RequestTokenAsync(withService, LetterForm("portal", Guid.NewGuid(), Guid.NewGuid()));

        var problem = await ProblemAssert.HasStatus(response, HttpStatusCode.BadRequest);
        Assert.Equal("unauthorized_client", problem.Error);
    }

    [Fact]
    public async Task AnOrdinaryClientMayNotActForASchool()
    {
        var response = await RequestTokenAsync(new()
        {
            ["grant_type"] = "client_credentials", ["client_id"] = "demo-la", ["client_secret"] = "demo-la-secret", ["school_id"] = Guid.NewGuid().ToString(),
        });

        var problem = await ProblemAssert.HasStatus(response, HttpStatusCode.BadRequest);
        Assert.Equal("unauthorized_client", problem.Error);
    }

    /// <summary>
    /// "letters" acts for schools, and is registered for the referrals scope too, to show a letter token never carries
    /// it; "portal" may be granted parent-letters but does not act for schools.
    /// </summary>
    private static Dictionary<string, string?> LetterClients() => new()
    {
        ["Gateway:Clients:letters:SecretHash"] = Tokens.ClientSecretHasher.Hash("letters-secret"),
        ["Gateway:Clients:letters:ActsForSchools"] = "true",
        ["Gateway:Clients:letters:Scopes:0"] = "parent-letters",
        ["Gateway:Clients:letters:Scopes:1"] = "referrals",
        ["Gateway:Clients:portal:SecretHash"] = Tokens.ClientSecretHasher.Hash("portal-secret"),
        ["Gateway:Clients:portal:OrganisationId"] = Guid.NewGuid().ToString(),
        ["Gateway:Clients:portal:OrganisationType"] = "School",
        ["Gateway:Clients:portal:Scopes:0"] = "parent-letters",
    };

    private static Dictionary<string, string> LetterForm(string clientId, Guid school, Guid placement) => new()
    {
        ["grant_type"] = "client_credentials", ["client_id"] = clientId, ["client_secret"] = $"{clientId}-secret",
        ["school_id"] = school.ToString(), ["placement_id"] = placement.ToString(), ["scope"] = "parent-letters",
    };

    private static Task<HttpResponseMessage> RequestTokenAsync(GatewayUnderTest gateway, Dictionary<string, string> form) =>
        gateway.Gateway.CreateClient().PostAsync("/connect/token", new FormUrlEncodedContent(form));

    private Task<HttpResponseMessage> RequestTokenAsync(Dictionary<string, string> form) =>
        system.Gateway.CreateClient().PostAsync("/connect/token", new FormUrlEncodedContent(form));
}
