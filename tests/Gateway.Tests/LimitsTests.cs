using System.Net;
using APPlatform.TestSupport;

namespace APPlatform.Gateway.Tests;

/// <summary>Per-client rate limits and the request body limit are enforced at the gateway, before any service.</summary>
public sealed class LimitsTests(TestServers servers)
{
    [Fact]
    public async Task AClientOverItsRateLimitGets429WithRetryAfter()
    {
        await using var system = await GatewayUnderTest.StartAsync(servers, gatewaySettings: new Dictionary<string, string?>
        {
            ["Gateway:RateLimit:PermitsPerSecond"] = "1",
            ["Gateway:RateLimit:Burst"] = "5",
        });
        var busy = await system.ClientForAsync("demo-provider");
        var other = await system.ClientForAsync("demo-provider-2");
        var url = $"/api/directory/providers/{Guid.NewGuid()}";

        var statuses = new List<HttpStatusCode>();
        HttpResponseMessage? limited = null;
        for (var i = 0; i < 12 && limited is null; i++)
        {
            var response = await busy.GetAsync(url);
            statuses.Add(response.StatusCode);
            limited = response.StatusCode == HttpStatusCode.TooManyRequests ? response : null;
        }

        Assert.NotNull(limited);
        await ProblemAssert.HasStatus(limited, HttpStatusCode.TooManyRequests);
        Assert.True(limited.Headers.RetryAfter?.Delta >= TimeSpan.FromSeconds(1), "Retry-After should say when to come back");
        Assert.Equal(HttpStatusCode.NotFound, (await other.GetAsync(url)).StatusCode);
    }

    [Fact]
    public async Task ABodyOverTheLimitIs413()
    {
        await using var system = await GatewayUnderTest.StartAsync(servers, gatewaySettings: LimitOf(1024));
        var client = await system.ClientForAsync("demo-la");

        var response = await client.PostAsync("/api/directory/providers", Json(2048));

        var problem = await ProblemAssert.HasStatus(response, HttpStatusCode.RequestEntityTooLarge);
        Assert.Contains("1024 bytes", problem.Detail);
    }

    [Fact]
    public async Task AChunkedBodyOverTheLimitIs413Too()
    {
        await using var system = await GatewayUnderTest.StartAsync(servers, gatewaySettings: LimitOf(1024));
        var client = await system.ClientForAsync("demo-la");
        var content = Json(4096);
        content.Headers.ContentLength = null;
        var request = new HttpRequestMessage(HttpMethod.Post, "/api/directory/providers") { Content = content };
        request.Headers.TransferEncodingChunked = true;

        var response = await client.SendAsync(request);

        await ProblemAssert.HasStatus(response, HttpStatusCode.RequestEntityTooLarge);
    }

    private static Dictionary<string, string?> LimitOf(int bytes) => new() { ["RequestLimits:MaxBodyBytes"] = bytes.ToString() };

    private static StringContent Json(int size) =>
        new($"{{\"name\": \"{new string('x', size)}\"}}", System.Text.Encoding.UTF8, "application/json");
}
