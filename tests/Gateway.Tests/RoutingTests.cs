using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using APPlatform.TestSupport;

namespace APPlatform.Gateway.Tests;

/// <summary>Routes to services found through services: configuration, across every replica, around replicas that fail.</summary>
public sealed class RoutingTests(TestServers servers, SharedGateway gateway) : IClassFixture<SharedGateway>
{
    private readonly GatewayUnderTest shared = gateway.System;

    [Fact]
    public async Task AnUnknownRouteIs404()
    {
        var client = await shared.ClientForAsync("demo-admin");

        await ProblemAssert.HasStatus(await client.GetAsync("/api/nowhere"), HttpStatusCode.NotFound);
        await ProblemAssert.HasStatus(await client.GetAsync("/api/directory/nowhere"), HttpStatusCode.NotFound);
    }

    [Fact]
    public async Task AServiceTheConfigurationDoesNotNameHasNoRoutes()
    {
        // Only services:directory is configured: a cluster without addresses would answer 503, not 404.
        var client = await shared.ClientForAsync("demo-admin");

        await ProblemAssert.HasStatus(await client.GetAsync("/api/referrals"), HttpStatusCode.NotFound);
        Assert.Equal(HttpStatusCode.NotFound, (await client.GetAsync("/openapi/referral.json")).StatusCode);
    }

    [Fact]
    public async Task EachServicesOpenApiDocumentAndTheReferencePageAreServedThroughTheGatewayWithoutAToken()
    {
        var anyone = shared.Gateway.CreateClient();

        var document = await anyone.GetFromJsonAsync<JsonElement>("/openapi/directory.json");
        var page = await anyone.GetStringAsync("/reference/");

        Assert.True(document.GetProperty("paths").TryGetProperty("/api/directory/providers", out _));
        Assert.Contains("\"url\":\"openapi/directory.json\"", page);
        // The page's script comes from the gateway itself, not a CDN.
        Assert.DoesNotContain("cdn.jsdelivr.net", page);
        Assert.Contains("javascript", (await anyone.GetAsync("/reference/scalar.js")).Content.Headers.ContentType?.MediaType);
    }

    [Fact]
    public async Task TheCallersCorrelationIdComesBackOnce()
    {
        var client = await shared.ClientForAsync("demo-school");
        client.DefaultRequestHeaders.Add("X-Correlation-Id", "school-portal-42");

        var response = await client.GetAsync($"/api/directory/providers/{Guid.NewGuid()}");

        Assert.Equal(["school-portal-42"], response.Headers.GetValues("X-Correlation-Id"));
    }

    [Fact]
    public async Task RequestsAreSpreadAcrossEveryReplica()
    {
        var counter = new RequestCounter();
        await using var system = await GatewayUnderTest.StartAsync(servers, directoryReplicas: 2, counter: counter);
        var client = await system.ClientForAsync("demo-school");
        await system.WaitUntilEveryDestinationIsHealthyAsync("directory");

        // On a busy machine a slow health probe can take a replica out of rotation for a few seconds, and then every
        // request rightly goes to the other: ten requests count only while the rotation held still throughout.
        var split = await Eventually.Until(
            async () =>
            {
                var rotation = system.RotationOf("directory");
                var (before0, before1) = (counter["directory-0"], counter["directory-1"]);
                for (var i = 0; i < 10; i++)
                {
                    await client.GetAsync($"/api/directory/providers/{Guid.NewGuid()}");
                }

                var held = ReferenceEquals(rotation, system.RotationOf("directory")) && rotation.AvailableDestinations.Count == 2;
                return held ? (counter["directory-0"] - before0, counter["directory-1"] - before1) : ((int, int)?)null;
            },
            counts => counts is not null,
            because: "the gateway's rotation should hold still for ten requests");

        // Round-robin: strictly in turn, not at random.
        Assert.Equal((5, 5), split);
    }

    [Fact]
    public async Task AReplicaThatStopsIsTakenOutOfRotation()
    {
        await using var system = await GatewayUnderTest.StartAsync(servers, directoryReplicas: 2);
        var client = await system.ClientForAsync("demo-school");
        var url = $"/api/directory/providers/{Guid.NewGuid()}";

        await system.DirectoryReplicas[1].DisposeAsync();

        // Once the active health check has seen the replica fail, every request lands on the one still running.
        await Eventually.Until(
            async () => (await Task.WhenAll(Enumerable.Range(0, 6).Select(_ => client.GetAsync(url)))).Select(r => r.StatusCode).ToList(),
            statuses => statuses.All(status => status == HttpStatusCode.NotFound),
            because: "the stopped replica should leave the rotation");
    }
}
