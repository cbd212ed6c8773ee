using System.Net;
using APPlatform.Identity.Clients;
using APPlatform.Identity.Infrastructure;
using APPlatform.TestSupport;
using Microsoft.IdentityModel.JsonWebTokens;

namespace APPlatform.Identity.Tests;

/// <summary>
/// Notification.Service's letter tokens (decision 0007): a client that acts for schools gets a token for one school and
/// one placement's letter, with the parent-letters scope alone, and nothing else.
/// </summary>
public sealed class LetterTokenTests(LetterTokenTests.Issuer issuer) : IClassFixture<LetterTokenTests.Issuer>
{

    [Fact]
    public async Task AServiceThatActsForSchoolsGetsALetterTokenNamingTheSchoolThePlacementAndItselfAsClient()
    {
        var (school, placement) = (Guid.NewGuid(), Guid.NewGuid());

        var body = await OAuthAssert.IsOk(await RequestAsync(LetterForm("letters", school, placement)));

        var token = new JsonWebToken(body.GetProperty("access_token").GetString());
        Assert.Equal(school.ToString(), token.GetClaim("org_id").Value);
        Assert.Equal("school", token.GetClaim("org_type").Value);
        Assert.Equal("letters", token.GetClaim("client_id").Value);
        Assert.Equal(placement.ToString(), token.GetClaim("letter").Value);
        Assert.Equal("parent-letters", token.GetClaim("scope").Value);
        Assert.False(token.TryGetClaim("trust_id", out _));
    }

    [Fact]
    public async Task AServiceThatActsForSchoolsGetsNoTokenOfItsOwn()
    {
        var response = await RequestAsync(new Dictionary<string, string>
        {
            ["grant_type"] = "client_credentials", ["client_id"] = "letters", ["client_secret"] = "letters-secret",
        });

        await OAuthAssert.HasError(response, HttpStatusCode.BadRequest, "unauthorized_client");
    }

    [Fact]
    public async Task AServiceThatActsForSchoolsGetsNoTokenForAWholeSchoolNorOneWithTheReferralsScope()
    {
        var school = Guid.NewGuid();
        var wholeSchool = LetterForm("letters", school, Guid.NewGuid());
        wholeSchool.Remove("placement_id");
        var withReferrals = LetterForm("letters", school, Guid.NewGuid());
        withReferrals["scope"] = "parent-letters referrals";
        var notAnId = LetterForm("letters", school, Guid.NewGuid());
        notAnId["placement_id"] = "the-first-one";

        foreach (var form in new[] { wholeSchool, withReferrals, notAnId })
        {
            await OAuthAssert.HasError(await RequestAsync(form), HttpStatusCode.BadRequest, "unauthorized_client");
        }
    }

    [Fact]
    public async Task ALetterTokenIsRefusedToAClientWithoutActsForSchools()
    {
        var response = await RequestAsync(LetterForm("portal", Guid.NewGuid(), Guid.NewGuid()));

        await OAuthAssert.HasError(response, HttpStatusCode.BadRequest, "unauthorized_client");
    }

    /// <summary>
    /// "letters" acts for schools, and is registered for the referrals scope too, to show a letter token never carries
    /// it; "portal" may be granted parent-letters but does not act for schools.
    /// </summary>
    private static Dictionary<string, string?> LetterClients() => new()
    {
        ["Identity:Clients:letters:SecretHash"] = ClientSecretHasher.Hash("letters-secret"),
        ["Identity:Clients:letters:ActsForSchools"] = "true",
        ["Identity:Clients:letters:Scopes:0"] = "parent-letters",
        ["Identity:Clients:letters:Scopes:1"] = "referrals",
        ["Identity:Clients:portal:SecretHash"] = ClientSecretHasher.Hash("portal-secret"),
        ["Identity:Clients:portal:OrganisationId"] = Guid.NewGuid().ToString(),
        ["Identity:Clients:portal:OrganisationType"] = "School",
        ["Identity:Clients:portal:Scopes:0"] = "parent-letters",
    };

    private static Dictionary<string, string> LetterForm(string clientId, Guid school, Guid placement) => new()
    {
        ["grant_type"] = "client_credentials", ["client_id"] = clientId, ["client_secret"] = $"{clientId}-secret",
        ["school_id"] = school.ToString(), ["placement_id"] = placement.ToString(), ["scope"] = "parent-letters",
    };

    private Task<HttpResponseMessage> RequestAsync(Dictionary<string, string> form) =>
        IdentityService.RequestTokenAsync(issuer.App.CreateClient(), form);

    /// <summary>The identity provider with the two clients below, started once for the class: no test changes it.</summary>
    public sealed class Issuer(TestServers servers) : IAsyncLifetime
    {
        public ServiceApp<IdentityServiceDbContext> App { get; private set; } = null!;

        public async ValueTask InitializeAsync() => App = await IdentityService.StartAsync(servers, LetterClients());

        public ValueTask DisposeAsync() => App.DisposeAsync();
    }
}
