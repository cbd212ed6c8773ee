using System.Net;
using System.Net.Http.Headers;
using System.Net.Http.Json;
using System.Security.Cryptography;
using APPlatform.TestSupport;
using Microsoft.IdentityModel.Tokens;

namespace APPlatform.Gateway.Tests;

/// <summary>Every route but /health, /alive, /connect/token and the API's description (its documents and reference page) needs a valid token with the route's scope.</summary>
public sealed class AuthenticationTests(SharedGateway gateway) : IClassFixture<SharedGateway>
{
    private readonly GatewayUnderTest system = gateway.System;

    public static TheoryData<string> ProtectedRoutes =>
    [
        "/api/directory/providers",
        "/api/referrals",
        "/api/placements/00000000-0000-0000-0000-000000000001",
        "/api/attendance/returns",
        "/api/notifications/events",
        "/no/such/route",
    ];

    [Theory]
    [MemberData(nameof(ProtectedRoutes))]
    public async Task WithoutATokenTheAnswerIs401(string route)
    {
        var response = await system.Gateway.CreateClient().GetAsync(route);

        var problem = await ProblemAssert.HasStatus(response, HttpStatusCode.Unauthorized);
        Assert.Contains("access token is required", problem.Detail);
        Assert.Equal("Bearer", response.Headers.WwwAuthenticate.Single().Scheme);
    }

    [Fact]
    public async Task ATokenSignedWithAnotherKeyIs401()
    {
        var client = system.Gateway.CreateClient();
        client.DefaultRequestHeaders.Authorization = new AuthenticationHeaderValue("Bearer", ForgedToken());

        var response = await client.GetAsync("/api/directory/providers/00000000-0000-0000-0000-000000000001");

        var problem = await ProblemAssert.HasStatus(response, HttpStatusCode.Unauthorized);
        Assert.Contains("not valid", problem.Detail);
    }

    [Fact]
    public async Task AnExpiredTokenIs401SayingSo()
    {
        var client = system.Gateway.CreateClient();
        var anHourAgo = new FixedClock(DateTimeOffset.UtcNow.AddHours(-1));
        client.DefaultRequestHeaders.Authorization =
            new AuthenticationHeaderValue("Bearer", TestAuthentication.CreateToken(TestCaller.PlatformAdmin(), anHourAgo));

        var response = await client.GetAsync("/api/directory/providers/00000000-0000-0000-0000-000000000001");

        var problem = await ProblemAssert.HasStatus(response, HttpStatusCode.Unauthorized);
        Assert.Contains("expired", problem.Detail);
    }

    [Fact]
    public async Task ATokenWithoutTheRoutesScopeIs403()
    {
        var client = await system.ClientForAsync("demo-admin", scope: "attendance");

        var response = await client.GetAsync("/api/directory/providers/00000000-0000-0000-0000-000000000001");

        var problem = await ProblemAssert.HasStatus(response, HttpStatusCode.Forbidden);
        Assert.Contains("'directory' scope", problem.Detail);
    }

    [Fact]
    public async Task AnOrganisationOfTheWrongTypeIs403()
    {
        var client = await system.ClientForAsync("demo-school");

        var response = await client.PostAsJsonAsync("/api/directory/providers", new { name = "Not for schools" });

        var problem = await ProblemAssert.HasStatus(response, HttpStatusCode.Forbidden);
        Assert.Contains("local_authority, platform_admin", problem.Detail);
    }

    [Fact]
    public async Task AValidTokenReachesTheService()
    {
        var client = await system.ClientForAsync("demo-la");

        var created = await client.PostAsJsonAsync("/api/directory/providers", new { name = "Through the gateway" });

        Assert.Equal(HttpStatusCode.Created, created.StatusCode);
    }

    [Theory]
    [InlineData("/health")]
    [InlineData("/alive")]
    public async Task HealthNeedsNoToken(string route)
    {
        var response = await system.Gateway.CreateClient().GetAsync(route);

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
    }

    private static string ForgedToken() => TestAuthentication.CreateToken(
        TestCaller.PlatformAdmin(),
        new SigningCredentials(new ECDsaSecurityKey(ECDsa.Create(ECCurve.NamedCurves.nistP256)), SecurityAlgorithms.EcdsaSha256));

    private sealed class FixedClock(DateTimeOffset now) : TimeProvider
    {
        public override DateTimeOffset GetUtcNow() => now;
    }
}
