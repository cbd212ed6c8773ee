using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.AspNetCore.Hosting.Server.Features;
using Microsoft.AspNetCore.Mvc.Testing;
using Microsoft.Extensions.DependencyInjection;

namespace APPlatform.Web.Tests;

/// <summary>
/// The web application on Kestrel at a free loopback port, so a real browser can reach it, with the test run's Redis
/// for its key ring. The pages these tests visit need no sign-in, so its identity provider is an address where nothing
/// answers; journeys that sign in run on the whole platform (EndToEnd.Tests' BrowserJourneyTests).
/// </summary>
public sealed class WebAppServer : IAsyncDisposable
{
    // Any public type of the app's assembly names it: Program is ambiguous beside the AppHost's, which TestSupport brings.
    private readonly WebApplicationFactory<WebOptions> factory;

    public WebAppServer(string cache)
    {
        factory = new WebApplicationFactory<WebOptions>().WithWebHostBuilder(web =>
        {
            web.UseEnvironment("Development");
            web.UseSetting("ConnectionStrings:cache", cache);
            web.UseSetting("Web:Authority", "http://127.0.0.1:9");
            web.UseSetting("Web:ClientSecret", "web-tests-secret");
            web.UseUrls("http://127.0.0.1:0");
        });
        factory.UseKestrel();
        factory.StartServer();
        var addresses = factory.Services.GetRequiredService<IServer>().Features.Get<IServerAddressesFeature>()!.Addresses;
        BaseAddress = new Uri(addresses.First());
    }

    public Uri BaseAddress { get; }

    public string Url(string path) => new Uri(BaseAddress, path).ToString();

    public IServiceProvider Services => factory.Services;

    public ValueTask DisposeAsync() => factory.DisposeAsync();
}
