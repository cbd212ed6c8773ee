using System.Net;
using APPlatform.TestSupport;
using Microsoft.AspNetCore.Hosting;
using Microsoft.Extensions.Logging;

namespace APPlatform.Gateway.Tests;

/// <summary>Guessing secrets at /connect/token is slow, visible in the logs, and cannot take the gateway's CPU.</summary>
public sealed class TokenEndpointAbuseTests(TestServers servers)
{
    [Fact]
    public async Task ManyBadAttemptsFromOneAddressAreAnswered429WithRetryAfter()
    {
        await using var system = await GatewayUnderTest.StartAsync(servers, gatewaySettings: new Dictionary<string, string?>
        {
            ["Gateway:Tokens:AttemptsPerMinute"] = "5",
        });

        var statuses = new List<HttpStatusCode>();
        HttpResponseMessage? limited = null;
        for (var i = 0; i < 10 && limited is null; i++)
        {
            var response = await AttemptAsync(system, "demo-la", $"guess-{i}");
            statuses.Add(response.StatusCode);
            limited = response.StatusCode == HttpStatusCode.TooManyRequests ? response : null;
        }

        Assert.Equal(Enumerable.Repeat(HttpStatusCode.Unauthorized, 5), statuses.Take(5));
        Assert.NotNull(limited);
        await ProblemAssert.HasStatus(limited, HttpStatusCode.TooManyRequests);
        Assert.True(limited.Headers.RetryAfter?.Delta >= TimeSpan.FromSeconds(1), "Retry-After should say when to come back");
    }

    [Fact]
    public async Task AFailedAttemptIsLoggedWithTheClientIdAndAddressButNeverTheSecret()
    {
        var logs = new CapturedLogs();
        await using var system = await GatewayUnderTest.StartAsync(
            servers, configureGateway: web => web.ConfigureLogging(logging => logging.AddProvider(logs)));

        await ProblemAssert.HasStatus(await AttemptAsync(system, "demo-school", "my-real-secret-typed-wrong"), HttpStatusCode.Unauthorized);

        var refusal = Assert.Single(logs.Lines, line => line.Message.StartsWith("Token refused", StringComparison.Ordinal));
        Assert.Equal("demo-school", refusal.Values["ClientId"]);
        Assert.Equal("127.0.0.1", refusal.Values["RemoteAddress"]);
        Assert.DoesNotContain(logs.Lines, line => line.Message.Contains("my-real-secret-typed-wrong", StringComparison.Ordinal)
            || line.Values.Values.Any(value => value?.ToString()?.Contains("my-real-secret-typed-wrong", StringComparison.Ordinal) == true));
    }

    [Fact]
    public async Task AFloodBeyondTheSecretCheckSlotsIsTurnedAway503RatherThanQueued()
    {
        await using var system = await GatewayUnderTest.StartAsync(servers, gatewaySettings: new Dictionary<string, string?>
        {
            ["Gateway:Tokens:AttemptsPerMinute"] = "1000",
            ["Gateway:Tokens:ConcurrentSecretChecks"] = "1",
        });

        var responses = await Task.WhenAll(Enumerable.Range(0, 40).Select(i => AttemptAsync(system, "demo-la", $"flood-{i}")));

        var busy = responses.FirstOrDefault(response => response.StatusCode == HttpStatusCode.ServiceUnavailable);
        Assert.NotNull(busy);
        await ProblemAssert.HasStatus(busy, HttpStatusCode.ServiceUnavailable);
        Assert.NotNull(busy.Headers.RetryAfter);
        Assert.All(responses, response => Assert.Contains(response.StatusCode, new[] { HttpStatusCode.Unauthorized, HttpStatusCode.ServiceUnavailable }));
    }

    private static Task<HttpResponseMessage> AttemptAsync(GatewayUnderTest system, string clientId, string secret) =>
        system.Gateway.CreateClient().PostAsync("/connect/token", new FormUrlEncodedContent(new Dictionary<string, string>
        {
            ["grant_type"] = "client_credentials",
            ["client_id"] = clientId,
            ["client_secret"] = secret,
        }));
}
