using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using APPlatform.TestSupport;

namespace APPlatform.EndToEnd.Tests;

/// <summary>
/// The foundation's thin flow through the real system: a provider added at the gateway is stored with its event in one
/// transaction, the event crosses RabbitMQ to Notification.Service, which records it once, and the event log shows it.
/// </summary>
public sealed class ProviderListedFlowTests(RunningPlatform system)
{
    [Fact]
    public async Task AProviderAddedAtTheGatewayReachesTheEventLogOnceWithItsCorrelationId()
    {
        var admin = await system.SignInAsync("demo-admin");
        var request = new HttpRequestMessage(HttpMethod.Post, "/api/directory/providers") { Content = JsonContent.Create(new { name = "Hillside Skills Centre" }) };
        request.Headers.Add("X-Correlation-Id", "e2e-provider-listed");

        var created = await admin.SendAsync(request);

        Assert.Equal(HttpStatusCode.Created, created.StatusCode);
        var providerId = (await created.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("id").GetGuid();
        var recorded = await RunningPlatform.EventsInLogAsync(admin, "ProviderListed", payload => payload.GetProperty("providerId").GetGuid() == providerId);
        var entry = Assert.Single(recorded);
        Assert.Equal("Hillside Skills Centre", entry.GetProperty("payload").GetProperty("name").GetString());
        Assert.Equal("e2e-provider-listed", entry.GetProperty("correlationId").GetString());
    }

    [Fact]
    public async Task TheNewProviderCanBeReadBackThroughTheGatewayFromBothDirectoryReplicas()
    {
        var la = await system.SignInAsync("demo-la");
        var created = await la.PostAsJsonAsync("/api/directory/providers", new { name = "Valley Farm Education" });
        var location = created.Headers.Location!;

        var reads = await Task.WhenAll(Enumerable.Range(0, 30).Select(_ => la.GetAsync(location)));

        Assert.All(reads, read => Assert.Equal(HttpStatusCode.OK, read.StatusCode));
        var replicas = await Eventually.Until(
            () => system.Telemetry.ReplicasServingAsync("directory", "/api/directory/providers/"),
            count => count == 2,
            because: "both directory replicas should have served some of the reads");
        Assert.Equal(2, replicas);
    }

    [Fact]
    public async Task ASchoolMayReadTheDirectoryButNotAddToIt()
    {
        var school = await system.SignInAsync("demo-school");

        var response = await school.PostAsJsonAsync("/api/directory/providers", new { name = "Not for schools" });

        await ProblemAssert.HasStatus(response, HttpStatusCode.Forbidden);
    }

    [Fact]
    public async Task WithoutATokenTheGatewayAnswers401AndItsHealthIsOpen()
    {
        using var anonymous = new HttpClient { BaseAddress = system.GatewayUrl };

        await ProblemAssert.HasStatus(await anonymous.GetAsync("/api/notifications/events"), HttpStatusCode.Unauthorized);
        Assert.Equal(HttpStatusCode.OK, (await anonymous.GetAsync("/health")).StatusCode);
    }
}
