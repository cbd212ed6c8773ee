using System.Net;
using System.Text.Json;
using Microsoft.EntityFrameworkCore;
using Microsoft.IdentityModel.JsonWebTokens;

namespace APPlatform.Identity.Tests;

/// <summary>A person signs in to the web application: authorization code with PKCE, then refresh tokens.</summary>
public sealed class AuthorizationCodeFlowTests(IdentityService identity) : IClassFixture<IdentityService>
{
    [Fact]
    public async Task AHeadteacherSignsInAndTheServicesReadTheirPersonWithTheirRole()
    {
        await using var service = await ServiceThatVerifies.StartAsync(IdentityService.PublicKeyPem);
        var browser = new Browser(identity);

        var code = await browser.AuthorizationCodeAsync("head@demo-dales.example", IdentityService.DemoPassword);
        var tokens = await OAuthAssert.IsOk(await browser.RedeemAsync(code));
        var (status, caller) = await service.CallerAsync(tokens.GetProperty("access_token").GetString()!);

        Assert.Equal(200, status);
        Assert.Equal("web", caller.GetProperty("clientId").GetString());
        Assert.Equal("5c000000-0000-0000-0000-000000000001", caller.GetProperty("organisationId").GetString());
        Assert.Equal("School", caller.GetProperty("organisationType").GetString());
        Assert.Equal("7a000000-0000-0000-0000-000000000001", caller.GetProperty("trustId").GetString());
        Assert.Equal(["attendance", "offline_access", "openid", "profile", "referrals"], caller.GetProperty("scopes").EnumerateArray().Select(s => s.GetString()));
        var person = caller.GetProperty("person");
        Assert.Equal("Helen Hart", person.GetProperty("name").GetString());
        Assert.Equal(["headteacher"], person.GetProperty("roles").EnumerateArray().Select(r => r.GetString()));
        var identityToken = new JsonWebToken(tokens.GetProperty("id_token").GetString());
        Assert.Equal(person.GetProperty("id").GetString(), identityToken.Subject);
        Assert.Equal("head@demo-dales.example", identityToken.GetClaim("email").Value);
    }

    [Fact]
    public async Task TheSignInCookiesKeyRingIsKeptInTheDatabaseWhereEveryReplicaReadsIt()
    {
        var browser = new Browser(identity);

        await browser.AuthorizationCodeAsync("head@demo-vale.example", IdentityService.DemoPassword);

        var keys = await identity.WithDbAsync(db => db.DataProtectionKeys.Select(key => key.Xml).ToListAsync());
        Assert.Contains(keys, xml => xml!.Contains("<key id="));
    }

    [Fact]
    public async Task ARefreshTokenGivesANewAccessTokenForTheSamePerson()
    {
        var browser = new Browser(identity);
        var code = await browser.AuthorizationCodeAsync("manager@demo-skills.example", IdentityService.DemoPassword);
        var first = await OAuthAssert.IsOk(await browser.RedeemAsync(code));

        var refreshed = await OAuthAssert.IsOk(await identity.RequestTokenAsync(new Dictionary<string, string>
        {
            ["grant_type"] = "refresh_token",
            ["refresh_token"] = first.GetProperty("refresh_token").GetString()!,
            ["client_id"] = "web",
            ["client_secret"] = IdentityService.WebSecret,
        }));

        var before = new JsonWebToken(first.GetProperty("access_token").GetString());
        var after = new JsonWebToken(refreshed.GetProperty("access_token").GetString());
        Assert.NotEqual(before.EncodedToken, after.EncodedToken);
        Assert.Equal(before.Subject, after.Subject);
        Assert.Equal(["administrator", "manager"], after.Claims.Where(c => c.Type == "role").Select(c => c.Value).Order());
        Assert.Equal("provider", after.GetClaim("org_type").Value);
    }

    [Fact]
    public async Task ACodeIsRefusedWithoutTheVerifierItWasAskedWith()
    {
        var browser = new Browser(identity);
        var code = await browser.AuthorizationCodeAsync("dsl@demo-dales.example", IdentityService.DemoPassword);

        var response = await browser.RedeemAsync(code, verifier: new Browser(identity).Verifier);

        await OAuthAssert.HasError(response, HttpStatusCode.BadRequest, "invalid_grant");
    }

    [Fact]
    public async Task AnAuthorizationRequestWithoutPkceIsRefused()
    {
        var browser = new Browser(identity);
        var withoutPkce = browser.AuthorizeUrl().Split("&code_challenge")[0];

        var response = await browser.GetAsync(withoutPkce);

        // OpenIddict answers the browser itself (400, error and description as text) rather than send it to the client.
        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Contains("error:invalid_request", await response.Content.ReadAsStringAsync());
    }

    [Fact]
    public async Task AWrongPasswordIsRefusedWithAnErrorSummary()
    {
        var browser = new Browser(identity);
        var toLogin = await browser.GetAsync(browser.AuthorizeUrl());

        var refused = await browser.LogInAsync(toLogin.Headers.Location!.PathAndQuery, "aplead@demo-dales.example", "not-the-password");

        Assert.Equal(HttpStatusCode.OK, refused.StatusCode);
        var page = await refused.Content.ReadAsStringAsync();
        Assert.Contains("govuk-error-summary", page);
        Assert.Contains("Enter a correct email address and password", page);
    }

    [Fact]
    public async Task FiveWrongPasswordsLockTheAccountEvenAgainstTheRightOne()
    {
        var browser = new Browser(identity);
        var toLogin = (await browser.GetAsync(browser.AuthorizeUrl())).Headers.Location!.PathAndQuery;
        for (var attempt = 0; attempt < 5; attempt++)
        {
            await browser.LogInAsync(toLogin, "staff@demo-dales.example", $"guess-{attempt}");
        }

        var withTheRightPassword = await browser.LogInAsync(toLogin, "staff@demo-dales.example", IdentityService.DemoPassword);

        Assert.Equal(HttpStatusCode.OK, withTheRightPassword.StatusCode);
        Assert.Contains("Your account is locked", await withTheRightPassword.Content.ReadAsStringAsync());
    }

    [Fact]
    public async Task ALoginFormWithoutItsAntiforgeryTokenIsRefused()
    {
        var response = await identity.Browser().PostAsync("/account/login", new FormUrlEncodedContent(new Dictionary<string, string>
        {
            ["Email"] = "head@demo-dales.example", ["Password"] = IdentityService.DemoPassword,
        }));

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
    }

    [Fact]
    public async Task SigningOutEndsTheSessionAndReturnsToTheClient()
    {
        var browser = new Browser(identity);
        await browser.AuthorizationCodeAsync("attendance@demo-dales.example", IdentityService.DemoPassword);

        var signedOut = await browser.GetAsync(
            $"/connect/endsession?client_id=web&post_logout_redirect_uri={Uri.EscapeDataString(IdentityService.PostLogoutRedirectUri)}");
        var again = await browser.GetAsync(browser.AuthorizeUrl());

        Assert.Equal(HttpStatusCode.Redirect, signedOut.StatusCode);
        Assert.StartsWith(IdentityService.PostLogoutRedirectUri, signedOut.Headers.Location!.ToString(), StringComparison.Ordinal);
        Assert.StartsWith("/account/login", again.Headers.Location!.PathAndQuery, StringComparison.OrdinalIgnoreCase);
    }
}
