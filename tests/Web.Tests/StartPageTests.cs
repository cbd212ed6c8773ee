using APPlatform.BrowserSupport;
using Microsoft.Playwright;

namespace APPlatform.Web.Tests;

/// <summary>The start page, the one page a person sees before signing in, in Debian's chromium.</summary>
public sealed class StartPageTests(Browser browser)
{
    [Fact]
    public async Task HasGovUkStylesAndFontsApplied()
    {
        var page = await browser.NewPageAsync();
        await page.GotoAsync(browser.App.Url("/"));
        await page.EvaluateAsync("() => document.fonts.ready");
        await Browser.ScreenshotAsync(page, "start");

        Assert.Equal("Manage alternative provision – GOV.UK", await page.TitleAsync());
        // GOV.UK Frontend 6's header is the brand blue; unstyled, it would be transparent.
        Assert.Equal("rgb(29, 112, 184)", await page.EvaluateAsync<string>(
            "() => getComputedStyle(document.querySelector('.govuk-header')).backgroundColor"));
        Assert.True(await page.EvaluateAsync<bool>("() => document.fonts.check('bold 19px \"GDS Transport\"')"),
            "The GDS Transport font did not load: the stylesheet's font URLs do not resolve.");
        Assert.Contains("govuk-frontend-supported", await page.EvaluateAsync<string>("() => document.body.className"));
    }

    [Fact]
    public async Task HasNoSeriousAccessibilityViolations()
    {
        var page = await browser.NewPageAsync();
        await page.GotoAsync(browser.App.Url("/"));

        await Accessibility.AssertNoSeriousViolationsAsync(page);
    }

    [Fact]
    public async Task WorksWithoutJavaScript()
    {
        var page = await browser.NewPageAsync(javaScript: false);
        await page.GotoAsync(browser.App.Url("/"));
        await Browser.ScreenshotAsync(page, "start-no-javascript");

        Assert.Equal("Manage alternative provision", (await page.Locator("h1").InnerTextAsync()).Trim());
        Assert.DoesNotContain("js-enabled", await page.Locator("body").GetAttributeAsync("class") ?? "");
        var signIn = page.GetByRole(AriaRole.Button, new() { Name = "Sign in" });
        Assert.Equal("/sign-in", await signIn.GetAttributeAsync("href"));
        Assert.Equal("rgb(29, 112, 184)", await page.Locator(".govuk-header").EvaluateAsync<string>("e => getComputedStyle(e).backgroundColor"));
    }
}
