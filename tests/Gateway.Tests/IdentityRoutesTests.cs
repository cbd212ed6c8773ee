using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using APPlatform.TestSupport;
using Microsoft.IdentityModel.JsonWebTokens;

namespace APPlatform.Gateway.Tests;

/// <summary>
/// The gateway is where clients and people reach the identity provider: its discovery document, published keys and
/// token endpoint, with the token endpoint's own limit per address.
/// </summary>
public sealed class IdentityRoutesTests(TestServers servers)
{
    [Fact]
    public async Task TheDiscoveryDocumentAndTheKeysAreServedWithoutATokenAndATokenNamesThePublishedKey()
    {
        await using var system = await GatewayUnderTest.StartAsync(servers);
        var anonymous = system.Gateway.CreateClient();

        var discovery = await anonymous.GetFromJsonAsync<JsonElement>("/.well-known/openid-configuration");
        var keys = await anonymous.GetFromJsonAsync<JsonElement>("/.well-known/jwks.json");
        var token = new JsonWebToken(await system.TokenForAsync("demo-la"));

        Assert.Equal(TestAuthentication.Issuer, discovery.GetProperty("issuer").GetString());
        Assert.Equal($"{TestAuthentication.Issuer}connect/token", discovery.GetProperty("token_endpoint").GetString());
        var key = keys.GetProperty("keys").EnumerateArray().Single();
        Assert.DoesNotContain(key.EnumerateObject(), field => field.Name == "d");
        Assert.Equal(("ES256", key.GetProperty("kid").GetString()), (token.Alg, token.Kid));
    }

    [Fact]
    public async Task ManyBadAttemptsFromOneAddressAreAnswered429WithRetryAfter()
    {
        await using var system = await GatewayUnderTest.StartAsync(servers, gatewaySettings: new Dictionary<string, string?>
        {
            ["Gateway:RateLimit:TokenAttemptsPerMinute"] = "5",
        });

        var statuses = new List<HttpStatusCode>();
        HttpResponseMessage? limited = null;
        for (var i = 0; i < 10 && limited is null; i++)
        {
            var response = await system.Gateway.CreateClient().PostAsync("/connect/token", new FormUrlEncodedContent(new Dictionary<string, string>
            {
                ["grant_type"] = "client_credentials", ["client_id"] = "demo-la", ["client_secret"] = $"guess-{i}",
            }));
            statuses.Add(response.StatusCode);
            limited = response.StatusCode == HttpStatusCode.TooManyRequests ? response : null;
        }

        Assert.Equal(Enumerable.Repeat(HttpStatusCode.Unauthorized, 5), statuses.Take(5));
        Assert.NotNull(limited);
        await ProblemAssert.HasStatus(limited, HttpStatusCode.TooManyRequests);
        Assert.True(limited.Headers.RetryAfter?.Delta >= TimeSpan.FromSeconds(1), "Retry-After should say when to come back");
    }
}
