using APPlatform.BrowserSupport;
using APPlatform.TestSupport;
using Microsoft.Playwright;

namespace APPlatform.Web.Tests;

/// <summary>
/// The web application on its own (and the test run's servers, for its Redis), and Debian's chromium to look at its
/// pages: for the pages that need no sign-in.
/// </summary>
public sealed class Browser : IAsyncLifetime
{
    private readonly Chromium chromium = new();

    public TestServers Servers { get; } = new();

    public WebAppServer App { get; private set; } = null!;

    public async ValueTask InitializeAsync()
    {
        await Servers.InitializeAsync();
        App = new WebAppServer(Servers.Cache);
        await chromium.InitializeAsync();
    }

    public Task<IPage> NewPageAsync(bool javaScript = true) => chromium.NewPageAsync(javaScript);

    public static Task ScreenshotAsync(IPage page, string name) => Chromium.ScreenshotAsync(page, name);

    public async ValueTask DisposeAsync()
    {
        await chromium.DisposeAsync();
        if (App is not null)
        {
            await App.DisposeAsync();
        }

        await Servers.DisposeAsync();
    }
}
