using System.Net;
using APPlatform.Identity.Clients;
using APPlatform.Identity.Infrastructure;
using APPlatform.TestSupport;
using Microsoft.AspNetCore.Hosting;

namespace APPlatform.Identity.Tests;

/// <summary>The demo clients' secrets are public: outside Development the service will not start with one configured.</summary>
public sealed class DemoClientGuardTests(TestServers servers)
{
    /// <summary>Which clients count as demo is DemoClientGuard's table (Identity.Model.Tests); this is its wiring.</summary>
    [Fact]
    public async Task OutsideDevelopmentTheServiceRefusesToStartWhileADemoClientIsConfigured()
    {
        var refusal = await Assert.ThrowsAnyAsync<Exception>(() => StartInProductionAsync("demo-admin", markedDemo: "false"));

        Assert.Contains("Production with demo clients configured (demo-admin)", refusal.ToString());
    }

    [Fact]
    public async Task OutsideDevelopmentAServiceWithOnlyRealClientsStartsAndIssuesTheirTokens()
    {
        await using var app = await StartInProductionAsync("la-portal", markedDemo: "false");

        var response = await IdentityService.RequestTokenAsync(app.CreateClient(), new Dictionary<string, string>
        {
            ["grant_type"] = "client_credentials", ["client_id"] = "la-portal", ["client_secret"] = "la-portal-secret",
        });

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
    }

    private Task<ServiceApp<IdentityServiceDbContext>> StartInProductionAsync(string clientId, string markedDemo) =>
        IdentityService.StartAsync(
            servers,
            new Dictionary<string, string?>
            {
                ["Identity:EncryptionKey"] = Convert.ToBase64String(new byte[32]),
                [$"Identity:Clients:{clientId}:OrganisationType"] = "PlatformAdmin",
                [$"Identity:Clients:{clientId}:OrganisationId"] = Guid.NewGuid().ToString(),
                [$"Identity:Clients:{clientId}:SecretHash"] = ClientSecretHasher.Hash($"{clientId}-secret"),
                [$"Identity:Clients:{clientId}:Demo"] = markedDemo,
                [$"Identity:Clients:{clientId}:Scopes:0"] = "directory",
            },
            web => web.UseEnvironment("Production"));
}
