using APPlatform.BrowserSupport;
using Microsoft.Playwright;

namespace APPlatform.EndToEnd.Tests;

/// <summary>
/// A demo person in their own browser session: signed in at the identity provider through the gateway, as a person
/// does, and checked with axe on every page they reach.
/// </summary>
public sealed class SignedInPerson(IPage page, Uri gateway)
{
    /// <summary>Every demo person's password (Identity:DemoPassword in Development).</summary>
    public const string DemoPassword = "applatform-demo";

    public IPage Page => page;

    /// <summary>Opens <paramref name="path"/>, which sends a new session to sign in first, and signs in as <paramref name="email"/>.</summary>
    public static async Task<SignedInPerson> SignInAsync(Chromium chromium, Uri gateway, string email, string path)
    {
        var page = await chromium.NewPageAsync();
        var authorizations = new List<string>();
        page.Request += (_, request) =>
        {
            if (request.Url.Contains("/connect/authorize", StringComparison.Ordinal))
            {
                authorizations.Add(request.Url);
            }
        };
        await page.GotoAsync(new Uri(gateway, path).ToString());

        Assert.Contains("/account/login", page.Url);
        await Chromium.ScreenshotAsync(page, "journey-sign-in");
        Assert.Contains(authorizations, url => url.Contains("code_challenge_method=S256", StringComparison.Ordinal));
        await Accessibility.AssertNoSeriousViolationsAsync(page);
        await page.GetByLabel("Email address").FillAsync(email);
        await page.GetByLabel("Password").FillAsync(DemoPassword);
        await page.GetByRole(AriaRole.Button, new() { Name = "Sign in" }).ClickAsync();
        await page.WaitForURLAsync(url => url.StartsWith(new Uri(gateway, path).ToString(), StringComparison.Ordinal));
        return new SignedInPerson(page, gateway);
    }

    /// <summary>Goes to a page of the platform and checks it with axe; a screenshot is left for a person to look at.</summary>
    public async Task GoToAsync(string path, string screenshot)
    {
        await page.GotoAsync(new Uri(gateway, path).ToString());
        await CheckAsync(screenshot);
    }

    /// <summary>
    /// Presses a form's button and checks the page the browser lands on after Post/Redirect/Get: one with a success
    /// banner, which the page pressed had not.
    /// </summary>
    public async Task SubmitAsync(string button, string screenshot)
    {
        await page.GetByRole(AriaRole.Button, new() { Name = button }).ClickAsync();
        await page.Locator(".govuk-notification-banner--success").WaitForAsync();
        await CheckAsync(screenshot);
    }

    /// <summary>The page as it is now: no serious accessibility violation, and a screenshot.</summary>
    public async Task CheckAsync(string screenshot)
    {
        await Chromium.ScreenshotAsync(page, screenshot);
        await Accessibility.AssertNoSeriousViolationsAsync(page);
    }

    public async Task<string> HeadingAsync() => (await page.Locator("h1").InnerTextAsync()).Trim();
}
