using System.Net;
using APPlatform.Identity.Infrastructure;
using APPlatform.TestSupport;
using Microsoft.AspNetCore.Hosting;
using Microsoft.Extensions.Logging;

namespace APPlatform.Identity.Tests;

/// <summary>Guessing secrets at /connect/token is visible in the logs and cannot take the service's CPU.</summary>
public sealed class TokenAbuseTests(TestServers servers)
{
    [Fact]
    public async Task AFailedAttemptIsLoggedWithTheClientIdAndAddressButNeverTheSecret()
    {
        var logs = new CapturedLogs();
        await using var app = await IdentityService.StartAsync(
            servers, new Dictionary<string, string?>(), web => web.ConfigureLogging(logging => logging.AddProvider(logs)));

        await OAuthAssert.HasError(await AttemptAsync(app, "demo-school", "my-real-secret-typed-wrong"), HttpStatusCode.Unauthorized, "invalid_client");

        var refusal = Assert.Single(logs.Lines, line => line.Message.StartsWith("Token refused", StringComparison.Ordinal));
        Assert.Equal("demo-school", refusal.Values["ClientId"]);
        Assert.Equal("invalid_client", refusal.Values["Error"]);
        Assert.DoesNotContain(logs.Lines, line => line.Message.Contains("my-real-secret-typed-wrong", StringComparison.Ordinal)
            || line.Values.Values.Any(value => value?.ToString()?.Contains("my-real-secret-typed-wrong", StringComparison.Ordinal) == true));
    }

    [Fact]
    public async Task AFloodBeyondTheSecretCheckSlotsIsTurnedAway503RatherThanQueued()
    {
        await using var app = await IdentityService.StartAsync(servers, new Dictionary<string, string?>
        {
            ["Identity:ConcurrentSecretChecks"] = "1",
        });

        var responses = await Task.WhenAll(Enumerable.Range(0, 40).Select(i => AttemptAsync(app, "demo-la", $"flood-{i}")));

        var busy = responses.FirstOrDefault(response => response.StatusCode == HttpStatusCode.ServiceUnavailable);
        Assert.NotNull(busy);
        await OAuthAssert.HasError(busy, HttpStatusCode.ServiceUnavailable, "temporarily_unavailable");
        Assert.NotNull(busy.Headers.RetryAfter);
        Assert.All(responses, response => Assert.Contains(response.StatusCode, new[] { HttpStatusCode.Unauthorized, HttpStatusCode.ServiceUnavailable }));
    }

    private static Task<HttpResponseMessage> AttemptAsync(ServiceApp<IdentityServiceDbContext> app, string clientId, string secret) =>
        app.CreateClient().PostAsync("/connect/token", new FormUrlEncodedContent(new Dictionary<string, string>
        {
            ["grant_type"] = "client_credentials",
            ["client_id"] = clientId,
            ["client_secret"] = secret,
        }));
}
