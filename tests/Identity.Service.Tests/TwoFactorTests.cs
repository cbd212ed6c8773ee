using System.Net;
using System.Net.Http.Headers;
using System.Net.Http.Json;
using System.Text.RegularExpressions;
using APPlatform.Identity.Model.Tests;
using APPlatform.TestSupport;

namespace APPlatform.Identity.Tests;

/// <summary>
/// A second factor (TOTP) offered to everyone, and required by an organisation of the people who see safeguarding
/// detail before any token is issued to them.
/// </summary>
public sealed partial class TwoFactorTests(IdentityService identity) : IClassFixture<IdentityService>
{
    [Fact]
    public async Task WhenTheSchoolRequiresItItsSencoSetsUpAnAuthenticatorBeforeGettingACodeAndThenSignsInWithIt()
    {
        await RequireTwoFactorAtAsync("admin@demo-dales.example", required: true);
        var browser = new Browser(identity);

        // Password first, then the setup page rather than a code for the client.
        var toLogin = await browser.GetAsync(browser.AuthorizeUrl());
        var signedIn = await browser.LogInAsync(toLogin.Headers.Location!.PathAndQuery, "senco@demo-dales.example", IdentityService.DemoPassword);
        var toSetup = await browser.GetAsync(signedIn.Headers.Location!.OriginalString);
        Assert.Equal(HttpStatusCode.Redirect, toSetup.StatusCode);
        var setupUrl = toSetup.Headers.Location!.OriginalString;
        Assert.StartsWith("/account/two-factor-setup", setupUrl, StringComparison.Ordinal);

        var setupPage = await (await browser.GetAsync(setupUrl)).Content.ReadAsStringAsync();
        Assert.Contains("otpauth://totp/APPlatform:senco%40demo-dales.example?secret=", setupPage);
        var key = KeyShown().Match(setupPage).Groups[1].Value.Replace(" ", "", StringComparison.Ordinal);
        var confirmed = await browser.SubmitAsync(setupUrl, new() { ["Code"] = Totp.Code(key) });
        var confirmation = await confirmed.Content.ReadAsStringAsync();
        Assert.Equal(HttpStatusCode.OK, confirmed.StatusCode);
        Assert.Equal(10, RecoveryCode().Matches(confirmation).Count);

        var code = await browser.CodeFromAsync(ContinueLink().Match(confirmation).Groups[1].Value.Replace("&amp;", "&", StringComparison.Ordinal));
        await OAuthAssert.IsOk(await browser.RedeemAsync(code));

        // Next time: password, then the code from the app.
        var again = new Browser(identity);
        var login = (await again.GetAsync(again.AuthorizeUrl())).Headers.Location!.PathAndQuery;
        var toCode = await again.LogInAsync(login, "senco@demo-dales.example", IdentityService.DemoPassword);
        Assert.StartsWith("/account/two-factor", toCode.Headers.Location!.OriginalString, StringComparison.Ordinal);
        var afterCode = await again.SubmitAsync(toCode.Headers.Location.OriginalString, new() { ["Code"] = Totp.Code(key) });
        Assert.Equal(HttpStatusCode.Redirect, afterCode.StatusCode);
        await OAuthAssert.IsOk(await again.RedeemAsync(await again.CodeFromAsync(afterCode.Headers.Location!.OriginalString)));
    }

    [Fact]
    public async Task ARoleThatSeesNoSafeguardingDetailIsNotAskedForASecondFactor()
    {
        await RequireTwoFactorAtAsync("admin@demo-dales.example", required: true);
        var browser = new Browser(identity);

        var code = await browser.AuthorizationCodeAsync("assessment@demo-dales.example", IdentityService.DemoPassword);

        await OAuthAssert.IsOk(await browser.RedeemAsync(code));
    }

    [Fact]
    public async Task OnlyAnAdministratorChangesTheOrganisationsSignInSettings()
    {
        var client = await identity.AsPersonAsync("aplead@demo-vale.example");

        var response = await client.PutAsJsonAsync("/api/identity/organisation/sign-in", new { requireTwoFactorForSafeguardingRoles = true });

        await ProblemAssert.HasStatus(response, HttpStatusCode.Forbidden);
    }

    private async Task RequireTwoFactorAtAsync(string administrator, bool required)
    {
        var client = await identity.AsPersonAsync(administrator);
        var response = await client.PutAsJsonAsync("/api/identity/organisation/sign-in", new { requireTwoFactorForSafeguardingRoles = required });
        Assert.True(response.IsSuccessStatusCode, await response.Content.ReadAsStringAsync());
    }

    [GeneratedRegex("id=\"authenticator-key\">([^<]+)<")]
    private static partial Regex KeyShown();

    [GeneratedRegex("<li><code>[0-9A-Z-]+</code></li>")]
    private static partial Regex RecoveryCode();

    [GeneratedRegex("<a class=\"govuk-button\" href=\"([^\"]+)\">Continue</a>")]
    private static partial Regex ContinueLink();
}
