using Microsoft.Playwright;

namespace APPlatform.BrowserSupport;

/// <summary>
/// Debian's chromium (the apt package), driven by Playwright: never a browser Playwright downloads. Headless, and without
/// the sandbox, which this build environment cannot give it. A test class or collection shares one.
/// </summary>
public sealed class Chromium : IAsyncLifetime
{
    public const string ExecutablePath = "/usr/bin/chromium";

    /// <summary>Where tests leave a screenshot of the pages they visit, for a person to look at.</summary>
    public static readonly string ScreenshotDirectory = Path.Combine(Path.GetTempPath(), "web-shots");

    private IPlaywright? playwright;
    private IBrowser? browser;

    public async ValueTask InitializeAsync()
    {
        playwright = await Playwright.CreateAsync();
        browser = await playwright.Chromium.LaunchAsync(new BrowserTypeLaunchOptions { ExecutablePath = ExecutablePath, Headless = true, Args = ["--no-sandbox"] });
        Directory.CreateDirectory(ScreenshotDirectory);
    }

    /// <summary>A fresh page in its own context (no cookies shared between tests), with JavaScript on or off.</summary>
    public async Task<IPage> NewPageAsync(bool javaScript = true)
    {
        var context = await browser!.NewContextAsync(new BrowserNewContextOptions { JavaScriptEnabled = javaScript });
        return await context.NewPageAsync();
    }

    public static Task ScreenshotAsync(IPage page, string name) =>
        page.ScreenshotAsync(new PageScreenshotOptions { Path = Path.Combine(ScreenshotDirectory, name + ".png"), FullPage = true });

    public async ValueTask DisposeAsync()
    {
        if (browser is not null)
        {
            await browser.DisposeAsync();
        }

        playwright?.Dispose();
    }
}
