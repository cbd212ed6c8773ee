using System.Net.Http.Headers;
using System.Net.Http.Json;
using System.Text.Json;
using APPlatform.ServiceDefaults.Authentication;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.TestHost;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;

namespace APPlatform.Identity.Tests;

/// <summary>
/// A service as every platform service verifies tokens (ServiceDefaults' AddPlatformAuthentication, given the issuer
/// and its public key), answering with the <see cref="Caller"/> it reads from the token.
/// </summary>
public sealed class ServiceThatVerifies : IAsyncDisposable
{
    private readonly WebApplication app;

    private ServiceThatVerifies(WebApplication app) => this.app = app;

    public static async Task<ServiceThatVerifies> StartAsync(string publicKeyPem)
    {
        var builder = WebApplication.CreateBuilder(new WebApplicationOptions { EnvironmentName = "Development" });
        builder.WebHost.UseTestServer();
        builder.Configuration.AddInMemoryCollection(new Dictionary<string, string?>
        {
            ["Authentication:Jwt:Issuer"] = IdentityService.Issuer,
            ["Authentication:Jwt:Audience"] = "applatform",
            ["Authentication:Jwt:PublicKeys:0"] = publicKeyPem,
        });
        builder.AddPlatformAuthentication();
        builder.Services.AddProblemDetails();
        var app = builder.Build();
        app.UseAuthentication();
        app.UseAuthorization();
        app.MapGet("/caller", (Caller caller) => new
        {
            caller.ClientId,
            caller.OrganisationId,
            OrganisationType = caller.OrganisationType.ToString(),
            Scopes = caller.Scopes.Order().ToArray(),
            caller.TrustId,
            caller.LocalAuthorityId,
            Person = caller.Person is { } person ? new { person.Id, person.Name, Roles = person.Roles.Order().ToArray() } : null,
        });
        await app.StartAsync();
        return new ServiceThatVerifies(app);
    }

    /// <summary>The caller the service reads from <paramref name="accessToken"/>, or the status it refuses it with.</summary>
    public async Task<(int Status, JsonElement Caller)> CallerAsync(string accessToken)
    {
        var client = app.GetTestClient();
        client.DefaultRequestHeaders.Authorization = new AuthenticationHeaderValue("Bearer", accessToken);
        var response = await client.GetAsync("/caller");
        return ((int)response.StatusCode, response.IsSuccessStatusCode ? await response.Content.ReadFromJsonAsync<JsonElement>() : default);
    }

    public async ValueTask DisposeAsync() => await app.DisposeAsync();
}
