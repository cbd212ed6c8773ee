using Microsoft.Playwright;

namespace APPlatform.Web.Tests;

/// <summary>
/// Debian's chromium (the apt package), driven by Playwright: never a browser Playwright downloads. Headless, and without
/// the sandbox, which this build environment cannot give it.
/// </summary>
public sealed class Browser : IAsyncLifetime
{
    public const string ChromiumPath = "/usr/bin/chromium";

    /// <summary>Where each test leaves a screenshot of the pages it visits, for a person to look at.</summary>
    public static readonly string ScreenshotDirectory = Path.Combine(Path.GetTempPath(), "web-shots");

    private IPlaywright? playwright;

    public IBrowser Chromium { get; private set; } = null!;

    public WebAppServer App { get; private set; } = null!;

    public async ValueTask InitializeAsync()
    {
        App = new WebAppServer();
        playwright = await Playwright.CreateAsync();
        Chromium = await playwright.Chromium.LaunchAsync(new BrowserTypeLaunchOptions
        {
            ExecutablePath = ChromiumPath,
            Headless = true,
            Args = ["--no-sandbox"],
        });
        Directory.CreateDirectory(ScreenshotDirectory);
    }

    /// <summary>A fresh page in its own context (no cookies shared between tests), with JavaScript on or off.</summary>
    public async Task<IPage> NewPageAsync(bool javaScript = true)
    {
        var context = await Chromium.NewContextAsync(new BrowserNewContextOptions { JavaScriptEnabled = javaScript });
        return await context.NewPageAsync();
    }

    public static Task ScreenshotAsync(IPage page, string name) =>
        page.ScreenshotAsync(new PageScreenshotOptions { Path = Path.Combine(ScreenshotDirectory, name + ".png"), FullPage = true });

    public async ValueTask DisposeAsync()
    {
        if (Chromium is not null)
        {
            await Chromium.DisposeAsync();
        }

        playwright?.Dispose();
        if (App is not null)
        {
            await App.DisposeAsync();
        }
    }
}
