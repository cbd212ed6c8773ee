using System.Net;
using APPlatform.Identity.Infrastructure;
using APPlatform.TestSupport;
using Microsoft.AspNetCore.Hosting;
using Microsoft.Extensions.Logging;

namespace APPlatform.Identity.Tests;

/// <summary>Guessing secrets at /connect/token is visible in the logs and cannot take the service's CPU.</summary>
public sealed class TokenAbuseTests(TokenAbuseTests.Guarded service) : IClassFixture<TokenAbuseTests.Guarded>
{
    [Fact]
    public async Task AFailedAttemptIsLoggedWithTheClientIdAndAddressButNeverTheSecret()
    {
        var logs = service.Logs;

        await OAuthAssert.HasError(await AttemptAsync(service.App, "demo-school", "my-real-secret-typed-wrong"), HttpStatusCode.Unauthorized, "invalid_client");

        var refusal = Assert.Single(logs.Lines, line => line.Message.StartsWith("Token refused", StringComparison.Ordinal)
            && line.Values["ClientId"]?.ToString() == "demo-school");
        Assert.Equal("demo-school", refusal.Values["ClientId"]);
        Assert.Equal("invalid_client", refusal.Values["Error"]);
        Assert.DoesNotContain(logs.Lines, line => line.Message.Contains("my-real-secret-typed-wrong", StringComparison.Ordinal)
            || line.Values.Values.Any(value => value?.ToString()?.Contains("my-real-secret-typed-wrong", StringComparison.Ordinal) == true));
    }

    [Fact]
    public async Task AFloodBeyondTheSecretCheckSlotsIsTurnedAway503RatherThanQueued()
    {
        var responses = await Task.WhenAll(Enumerable.Range(0, 40).Select(i => AttemptAsync(service.App, "demo-la", $"flood-{i}")));

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

    /// <summary>
    /// The service with one secret check at a time (so a flood finds the slot taken) and its logs captured, started once
    /// for the class: the tests run one after the other.
    /// </summary>
    public sealed class Guarded(TestServers servers) : IAsyncLifetime
    {
        public CapturedLogs Logs { get; } = new();

        public ServiceApp<IdentityServiceDbContext> App { get; private set; } = null!;

        public async ValueTask InitializeAsync() => App = await IdentityService.StartAsync(
            servers, new Dictionary<string, string?> { ["Identity:ConcurrentSecretChecks"] = "1" },
            web => web.ConfigureLogging(logging => logging.AddProvider(Logs)));

        public ValueTask DisposeAsync() => App.DisposeAsync();
    }
}
