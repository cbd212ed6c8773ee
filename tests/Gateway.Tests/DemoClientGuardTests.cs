using System.Net;
using APPlatform.TestSupport;
using Microsoft.AspNetCore.Hosting;

namespace APPlatform.Gateway.Tests;

/// <summary>The demo clients' secrets are public: outside Development the gateway will not start with one configured.</summary>
public sealed class DemoClientGuardTests
{
    [Theory]
    [InlineData("demo-admin", "false")]
    [InlineData("la-portal", "true")]
    public void OutsideDevelopmentTheGatewayRefusesToStartWhileADemoClientIsConfigured(string clientId, string markedDemo)
    {
        using var gateway = StartInProduction(clientId, markedDemo);

        var refusal = Assert.Throws<InvalidOperationException>(() => gateway.CreateClient());

        Assert.Contains($"Production with demo clients configured ({clientId})", refusal.Message);
    }

    [Fact]
    public async Task OutsideDevelopmentAGatewayWithOnlyRealClientsStarts()
    {
        using var gateway = StartInProduction("la-portal", markedDemo: "false");

        Assert.Equal(HttpStatusCode.OK, (await gateway.CreateClient().GetAsync("/health")).StatusCode);
    }

    private static ServiceApp<GatewayOptions> StartInProduction(string clientId, string markedDemo) => TestServers.StartApp<GatewayOptions>(
        new Dictionary<string, string?>
        {
            ["Gateway:Tokens:SigningKey"] = TestAuthentication.SigningKeyPem,
            [$"Gateway:Clients:{clientId}:OrganisationType"] = "PlatformAdmin",
            [$"Gateway:Clients:{clientId}:OrganisationId"] = Guid.NewGuid().ToString(),
            [$"Gateway:Clients:{clientId}:SecretHash"] = Tokens.ClientSecretHasher.Hash($"{clientId}-secret"),
            [$"Gateway:Clients:{clientId}:Demo"] = markedDemo,
        },
        configure: web => web.UseEnvironment("Production"));
}
