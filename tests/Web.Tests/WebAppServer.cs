using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.AspNetCore.Hosting.Server.Features;
using Microsoft.AspNetCore.Mvc.Testing;
using Microsoft.Extensions.DependencyInjection;

namespace APPlatform.Web.Tests;

/// <summary>
/// The web application on Kestrel at a free loopback port, so a real browser can reach it. The pages these tests visit
/// need no sign-in, so its identity provider is an address where nothing answers; journeys that sign in run on the
/// whole platform (EndToEnd.Tests' BrowserJourneyTests).
/// </summary>
public sealed class WebAppServer : IAsyncDisposable
{
    private readonly WebApplicationFactory<Program> factory;

    public WebAppServer()
    {
        factory = new WebApplicationFactory<Program>().WithWebHostBuilder(web =>
        {
            web.UseEnvironment("Development");
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

    public ValueTask DisposeAsync() => factory.DisposeAsync();
}
