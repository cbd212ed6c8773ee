using System.Net;
using System.Net.Http.Headers;
using APPlatform.TestSupport;

namespace APPlatform.Gateway.Tests;

/// <summary>
/// A service is not defended by the gateway alone: a request sent straight to it (from inside the network, or past a
/// misrouted proxy) gets the same answer as through the gateway.
/// </summary>
public sealed class DirectAccessTests(SharedGateway gateway) : IClassFixture<SharedGateway>
{
    private readonly GatewayUnderTest shared = gateway.System;

    [Fact]
    public async Task ATokenWithoutTheDirectoryScopeIsRefusedByTheDirectoryServiceAsByTheGateway()
    {
        var token = await shared.TokenForAsync("demo-la", scope: "attendance");
        const string path = "/api/directory/providers";

        var throughGateway = await shared.Gateway.CreateClient().SendAsync(WithToken(HttpMethod.Get, path, token));
        var direct = await Direct(shared).SendAsync(WithToken(HttpMethod.Get, path, token));

        await ProblemAssert.HasStatus(throughGateway, HttpStatusCode.Forbidden);
        var problem = await ProblemAssert.HasStatus(direct, HttpStatusCode.Forbidden);
        Assert.Contains("'directory' scope", problem.Detail);
    }

    [Fact]
    public async Task ABodyOverThePlatformsLimitIsRefused413ByTheServiceAsByTheGateway()
    {
        var token = await shared.TokenForAsync("demo-la");
        var oversized = new string('x', 1024 * 1024 + 1);

        HttpRequestMessage Request()
        {
            var request = WithToken(HttpMethod.Post, "/api/directory/providers", token);
            request.Content = new StringContent($"{{\"name\": \"{oversized}\"}}", System.Text.Encoding.UTF8, "application/json");
            return request;
        }

        var throughGateway = await shared.Gateway.CreateClient().SendAsync(Request());
        var direct = await Direct(shared).SendAsync(Request());

        await ProblemAssert.HasStatus(throughGateway, HttpStatusCode.RequestEntityTooLarge);
        await ProblemAssert.HasStatus(direct, HttpStatusCode.RequestEntityTooLarge);
    }

    private static HttpClient Direct(GatewayUnderTest system) => new() { BaseAddress = system.DirectoryReplicas[0].Address };

    private static HttpRequestMessage WithToken(HttpMethod method, string path, string token)
    {
        var request = new HttpRequestMessage(method, path);
        request.Headers.Authorization = new AuthenticationHeaderValue("Bearer", token);
        return request;
    }
}
