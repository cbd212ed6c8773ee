using System.Net.Http.Headers;
using System.Net.Http.Json;
using System.Security.Cryptography;
using System.Text.Json;
using APPlatform.Identity.Infrastructure;
using APPlatform.TestSupport;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Mvc.Testing;

namespace APPlatform.Identity.Tests;

/// <summary>
/// Identity.Service on its own database, shared by one test class, with the demo clients and demo people of
/// Development, a web client, and a signing key of its own.
/// </summary>
public sealed class IdentityService(TestServers servers) : ServiceUnderTest<IdentityServiceDbContext>(servers, IdentityServiceExtensions.DatabaseName, Settings())
{
    public const string Issuer = "http://localhost:5080/";
    public const string WebSecret = "web-test-secret";
    public const string RedirectUri = "http://localhost:5090/signin-oidc";
    public const string PostLogoutRedirectUri = "http://localhost:5090/signout-callback-oidc";
    public const string DemoPassword = "applatform-demo";

    private static readonly ECDsa Key = ECDsa.Create(ECCurve.NamedCurves.nistP256);

    public static string SigningKeyPem { get; } = Key.ExportPkcs8PrivateKeyPem();

    public static string PublicKeyPem { get; } = Key.ExportSubjectPublicKeyInfoPem();

    /// <summary>What the service under test is given; <paramref name="more"/> adds to or overrides it.</summary>
    public static Dictionary<string, string?> Settings(IReadOnlyDictionary<string, string?>? more = null)
    {
        var settings = new Dictionary<string, string?>
        {
            ["Authentication:Jwt:Issuer"] = Issuer,
            ["Authentication:Jwt:Audience"] = "applatform",
            ["Identity:SigningKey"] = SigningKeyPem,
            ["Identity:WebClient:Secret"] = WebSecret,
            ["Identity:WebClient:RedirectUris:0"] = RedirectUri,
            ["Identity:WebClient:PostLogoutRedirectUris:0"] = PostLogoutRedirectUri,
            ["Identity:DemoPassword"] = DemoPassword,
        };
        foreach (var (key, value) in more ?? new Dictionary<string, string?>())
        {
            settings[key] = value;
        }

        return settings;
    }

    /// <summary>Another instance with settings of its own (the caller disposes it).</summary>
    public static Task<ServiceApp<IdentityServiceDbContext>> StartAsync(
        TestServers servers, IReadOnlyDictionary<string, string?> more, Action<IWebHostBuilder>? configure = null) =>
        servers.StartServiceAsync<IdentityServiceDbContext>(
            IdentityServiceExtensions.DatabaseName, servers.NewEntityPrefix(), Settings(more), configure: configure);

    /// <summary>A browser: keeps cookies, and follows no redirect, so a test sees each step.</summary>
    public HttpClient Browser() => App.CreateClient(new WebApplicationFactoryClientOptions { AllowAutoRedirect = false, HandleCookies = true });

    public HttpClient Anonymous() => App.CreateClient();

    public static Task<HttpResponseMessage> RequestTokenAsync(HttpClient client, IDictionary<string, string> form) =>
        client.PostAsync("/connect/token", new FormUrlEncodedContent(form));

    public Task<HttpResponseMessage> RequestTokenAsync(IDictionary<string, string> form) => RequestTokenAsync(Anonymous(), form);

    public async Task<string> ClientTokenAsync(string clientId, string? scope = null)
    {
        var form = new Dictionary<string, string>
        {
            ["grant_type"] = "client_credentials", ["client_id"] = clientId, ["client_secret"] = $"{clientId}-secret",
        };
        if (scope is not null)
        {
            form["scope"] = scope;
        }

        var response = await RequestTokenAsync(form);
        var body = await response.Content.ReadAsStringAsync();
        Assert.True(response.IsSuccessStatusCode, body);
        return JsonDocument.Parse(body).RootElement.GetProperty("access_token").GetString()!;
    }

    /// <summary>A demo person's access token, got through the web client as their browser would.</summary>
    public async Task<string> PersonTokenAsync(string email)
    {
        var browser = new Browser(this);
        var tokens = await OAuthAssert.IsOk(await browser.RedeemAsync(await browser.AuthorizationCodeAsync(email, DemoPassword)));
        return tokens.GetProperty("access_token").GetString()!;
    }

    /// <summary><paramref name="client"/> (a client of this service unless given) carrying a demo person's access token.</summary>
    public async Task<HttpClient> AsPersonAsync(string email, HttpClient? client = null)
    {
        client ??= Anonymous();
        client.DefaultRequestHeaders.Authorization = new AuthenticationHeaderValue("Bearer", await PersonTokenAsync(email));
        return client;
    }

    public static async Task<JsonElement> JsonAsync(HttpResponseMessage response) => await response.Content.ReadFromJsonAsync<JsonElement>();
}
