using System.Net.Http.Headers;
using APPlatform.ServiceDefaults.Authentication;
using APPlatform.TestSupport;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.Logging;

namespace APPlatform.ServiceDefaults.Unit.Tests.Hosting;

/// <summary>
/// A web app made of nothing but the service defaults (and what <c>add</c> adds, e.g. the cache), an anonymous
/// endpoint that logs and one that needs a token, on a real loopback port: what every APPlatform process shares,
/// observed from outside.
/// </summary>
public sealed class DefaultsApp : IAsyncDisposable
{
    private readonly WebApplication app;

    private DefaultsApp(WebApplication app) => this.app = app;

    public HttpClient Client { get; } = new();

    public IServiceProvider Services => app.Services;

    public static async Task<DefaultsApp> StartAsync(
        IReadOnlyDictionary<string, string?>? settings = null, Action<ILoggingBuilder>? logging = null,
        Action<WebApplicationBuilder>? add = null, Action<WebApplication>? map = null)
    {
        // Development, as the AppHost runs services: an OIDC authority may then be plain http on loopback.
        var builder = WebApplication.CreateBuilder(new WebApplicationOptions { EnvironmentName = "Development" });
        builder.WebHost.UseUrls("http://127.0.0.1:0");
        builder.Configuration.AddInMemoryCollection(TestAuthentication.Settings);
        builder.Configuration.AddInMemoryCollection(settings ?? new Dictionary<string, string?>());
        builder.AddServiceDefaults("defaults-test");
        logging?.Invoke(builder.Logging);
        add?.Invoke(builder);

        var app = builder.Build();
        app.UseServiceDefaults();
        app.MapGet("/work", (ILogger<DefaultsApp> logger) =>
        {
            logger.LogInformation("Doing the work");
            return "done";
        }).AllowAnonymous();
        app.MapGet("/whoami", (Caller caller) => caller.OrganisationType.ToClaimValue());
        map?.Invoke(app);
        await app.StartAsync();

        var started = new DefaultsApp(app);
        started.Client.BaseAddress = new Uri(app.Urls.Single());
        return started;
    }

    /// <summary>Calls the endpoint that needs a token with <paramref name="token"/> as its bearer token.</summary>
    public Task<HttpResponseMessage> CallWithTokenAsync(string token)
    {
        var request = new HttpRequestMessage(HttpMethod.Get, "/whoami");
        request.Headers.Authorization = new AuthenticationHeaderValue("Bearer", token);
        return Client.SendAsync(request);
    }

    public async ValueTask DisposeAsync()
    {
        Client.Dispose();
        await app.DisposeAsync();
    }
}
