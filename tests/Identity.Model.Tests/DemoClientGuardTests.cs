using APPlatform.Identity.Clients;
using Microsoft.Extensions.Hosting.Internal;

namespace APPlatform.Identity.Model.Tests;

/// <summary>
/// The demo clients' secrets are public (the README's "&lt;client id&gt;-secret"): outside Development a client marked
/// demo, or named "demo-...", stops the service from starting (DemoClientGuard).
/// </summary>
public sealed class DemoClientGuardTests
{
    [Theory]
    [InlineData("demo-admin", false)]
    [InlineData("Demo-School", false)]
    [InlineData("la-portal", true)]
    public void OutsideDevelopmentADemoClientStopsTheServiceNamingIt(string clientId, bool markedDemo)
    {
        var refusal = Assert.Throws<InvalidOperationException>(() => Guard("Production", (clientId, markedDemo), ("la-system", false)));

        Assert.Contains($"Production with demo clients configured ({clientId})", refusal.Message);
    }

    [Theory]
    [InlineData("Production", "la-portal", false)]
    [InlineData("Development", "demo-admin", false)]
    [InlineData("Development", "la-portal", true)]
    public void RealClientsAnywhereAndDemoClientsInDevelopmentAreAllowed(string environment, string clientId, bool markedDemo) =>
        Guard(environment, (clientId, markedDemo));

    private static void Guard(string environment, params (string Id, bool Demo)[] clients) =>
        DemoClientGuard.EnsureNoneOutsideDevelopment(
            new HostingEnvironment { EnvironmentName = environment },
            new IdentityServiceOptions { Clients = clients.ToDictionary(client => client.Id, client => new ClientRegistration { Demo = client.Demo }) });
}
