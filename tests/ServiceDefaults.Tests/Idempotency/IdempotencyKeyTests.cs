using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using APPlatform.TestSupport;

namespace APPlatform.ServiceDefaults.Tests.Idempotency;

/// <summary>
/// Idempotency-Key requests over real PostgreSQL: whose key it is, and a retry that meets a request still running.
/// </summary>
public sealed class IdempotencyKeyTests(TestServers servers)
{
    [Fact]
    public async Task TwoOrganisationsSendingTheSameKeyThroughOneClientEachGetTheirOwnEffect()
    {
        await using var app = await IdempotentApp.StartAsync(servers);
        const string signInClient = "web-sign-in";
        var first = TestCaller.LocalAuthority() with { ClientId = signInClient };
        var second = TestCaller.LocalAuthority() with { ClientId = signInClient };

        var forFirst = await app.As(first).SendAsync(Post("same request", "shared-key"));
        var forSecond = await app.As(second).SendAsync(Post("same request", "shared-key"));

        Assert.Equal(HttpStatusCode.Created, forFirst.StatusCode);
        Assert.Equal(HttpStatusCode.Created, forSecond.StatusCode);
        Assert.False(forSecond.Headers.Contains("Idempotent-Replayed"));
        var answer = await forSecond.Content.ReadFromJsonAsync<JsonElement>();
        Assert.Equal(second.OrganisationId, answer.GetProperty("organisationId").GetGuid());
        Assert.Equal(2, await app.CountEffectsAsync());
    }

    [Fact]
    public async Task ARetryWhileTheFirstRequestStillRunsIsToldToRetryLaterHoweverLongItRunsThenGetsItsAnswer()
    {
        await using var app = await IdempotentApp.StartAsync(servers, holdFirstRequest: true);
        using var client = app.As(TestCaller.School());

        var first = await app.SendHeldAsync(client, Post("slow", "slow-key"));
        // Far past the two minutes after which a claim used to count as abandoned.
        app.Clock.Ahead = TimeSpan.FromMinutes(10);
        var duringFirst = await client.SendAsync(Post("slow", "slow-key"));
        app.Held.Released.SetResult();
        var firstResponse = await first;
        var afterFirst = await client.SendAsync(Post("slow", "slow-key"));

        var problem = await ProblemAssert.HasStatus(duringFirst, HttpStatusCode.Conflict);
        Assert.Contains("still being processed", problem.Detail);
        Assert.NotNull(duringFirst.Headers.RetryAfter?.Delta);
        Assert.Equal(HttpStatusCode.Created, firstResponse.StatusCode);
        Assert.Equal(HttpStatusCode.Created, afterFirst.StatusCode);
        Assert.Equal("true", afterFirst.Headers.GetValues("Idempotent-Replayed").Single());
        Assert.Equal(await firstResponse.Content.ReadAsStringAsync(), await afterFirst.Content.ReadAsStringAsync());
        Assert.Equal(1, await app.CountEffectsAsync());
    }

    [Fact]
    public async Task AKeyWhoseRequestDiedWithItsDatabaseSessionIsTakenOverByTheRetry()
    {
        await using var app = await IdempotentApp.StartAsync(servers, holdFirstRequest: true);
        using var client = app.As(TestCaller.School());

        var doomed = await app.SendHeldAsync(client, Post("doomed", "doomed-key"));
        var killed = await app.KillOpenTransactionsAsync();
        var retry = await client.SendAsync(Post("doomed", "doomed-key"));
        app.Held.Released.SetResult();
        var doomedResponse = await doomed;

        Assert.Equal(1, killed);
        Assert.Equal(HttpStatusCode.Created, retry.StatusCode);
        Assert.False(retry.Headers.Contains("Idempotent-Replayed"));
        Assert.True((int)doomedResponse.StatusCode >= 500, $"The doomed request answered {doomedResponse.StatusCode}");
        Assert.Equal(1, await app.CountEffectsAsync());
    }

    [Fact]
    public async Task ARequestThatLosesTheRaceToAddTheSameRecordIsToldToRetryAndItsKeyIsNotSpent()
    {
        await using var app = await IdempotentApp.StartAsync(servers);
        using var client = app.As(TestCaller.Provider());
        const string sameRecord = IdempotencyTestDbContext.UniquePrefix + "Monday AM";

        var winner = await client.SendAsync(Post(sameRecord, "winner"));
        var loser = await client.SendAsync(Post(sameRecord, "loser"));
        var loserAgain = await client.SendAsync(Post(sameRecord, "loser"));

        Assert.Equal(HttpStatusCode.Created, winner.StatusCode);
        var problem = await ProblemAssert.HasStatus(loser, HttpStatusCode.Conflict);
        Assert.Contains("saved at the same moment", problem.Detail);
        Assert.NotNull(loser.Headers.RetryAfter?.Delta);
        // Nothing was kept under the loser's key: its retry runs again rather than replaying the 409.
        await ProblemAssert.HasStatus(loserAgain, HttpStatusCode.Conflict);
        Assert.False(loserAgain.Headers.Contains("Idempotent-Replayed"));
        Assert.Equal(1, await app.CountEffectsAsync());
    }

    private static HttpRequestMessage Post(string text, string key) => new(HttpMethod.Post, "/effects")
    {
        Content = JsonContent.Create(new IdempotentApp.EffectRequest(text)),
        Headers = { { "Idempotency-Key", key } },
    };
}
