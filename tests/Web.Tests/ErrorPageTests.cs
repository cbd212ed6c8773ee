using APPlatform.BrowserSupport;
namespace APPlatform.Web.Tests;

/// <summary>The not-found and "you cannot see this" pages a service's 404 and 403 become.</summary>
public sealed class ErrorPageTests(Browser browser)
{
    [Theory]
    [InlineData(404, "Page not found")]
    [InlineData(403, "You cannot see this page")]
    public async Task SaysWhatHappenedAccessibly(int code, string heading)
    {
        var page = await browser.NewPageAsync();
        await page.GotoAsync(browser.App.Url($"/errors/{code}"));
        await Browser.ScreenshotAsync(page, $"error-{code}");

        Assert.Equal(heading, (await page.Locator("h1").InnerTextAsync()).Trim());
        Assert.Equal($"{heading} – Manage alternative provision – GOV.UK", await page.TitleAsync());
        await Accessibility.AssertNoSeriousViolationsAsync(page);
    }
}
