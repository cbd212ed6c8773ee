using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using APPlatform.TestSupport;
using APPlatform.TestSupport.ReferralForms;

namespace APPlatform.EndToEnd.Tests;

/// <summary>
/// A pupil's referral through the gateway with the demo clients, from the school's draft to a placement at Demo Skills
/// Centre: the trust approves (its default policy asks for unregistered providers), the checks rely on the audit the
/// demo directory published, the start reaches the event log and the Attendance and Directory consumers over RabbitMQ,
/// and each party sees only what is theirs.
/// </summary>
public sealed class ReferralJourneyTests(RunningPlatform system)
{
    private static readonly Guid demoSkillsCentre = Guid.Parse("9d000000-0000-0000-0000-000000000001");

    [Fact]
    public async Task ASchoolRefersThePupilTheTrustApprovesAndThePlacementStartsOnceEveryCheckPasses()
    {
        var school = await system.SignInAsync("demo-school");
        var trust = await system.SignInAsync("demo-trust");

        var referral = await RunningPlatform.IdAsync(await school.PostAsJsonAsync("/api/referrals", ReferralBodies.Referral(demoSkillsCentre)));
        await RunningPlatform.OkAsync(await school.PostAsync($"/api/referrals/{referral}/submit", null));
        var decided = await RunningPlatform.OkAsync(await school.PostAsJsonAsync($"/api/referrals/{referral}/headteacher-decision", ReferralBodies.HeadteacherDecision(approved: true)));
        Assert.Equal("awaiting_trust_approval", decided.GetProperty("status").GetString());
        await RunningPlatform.OkAsync(await trust.PostAsJsonAsync($"/api/referrals/{referral}/trust-decision", new { approved = true, decidedBy = "Director of education" }));
        await RunningPlatform.OkAsync(await school.PutAsJsonAsync($"/api/referrals/{referral}/plan", ReferralBodies.Plan()));
        await RunningPlatform.OkAsync(await school.PostAsJsonAsync($"/api/referrals/{referral}/parent-agreement", ReferralBodies.Agreement(agreed: true)));
        var placement = await RunningPlatform.IdAsync(await school.PostAsJsonAsync($"/api/referrals/{referral}/placement", ReferralBodies.Placement()));

        var before = await school.PostAsync($"/api/placements/{placement}/start", null);
        var problem = await ProblemAssert.HasStatus(before, HttpStatusCode.Conflict);
        Assert.Contains("notification", problem.Detail);
        await RunningPlatform.OkAsync(await school.PostAsJsonAsync($"/api/placements/{placement}/parent-notification", ReferralBodies.Notification()));
        await Eventually.Until(async () => (await school.GetFromJsonAsync<JsonElement>($"/api/placements/{placement}/checks")).GetProperty("mayStart").GetBoolean(),
            mayStart => mayStart, because: "the demo school's audit of Demo Skills Centre reaches Referral.Service from the directory's events");
        var started = await RunningPlatform.OkAsync(await school.PostAsync($"/api/placements/{placement}/start", null));

        Assert.Equal("active", started.GetProperty("status").GetString());
        Assert.Equal("Demo Skills Centre", started.GetProperty("providerName").GetString());
        var logged = await RunningPlatform.EventsInLogAsync(await system.SignInAsync("demo-admin"), "PlacementStarted",
            payload => payload.GetProperty("placement").GetProperty("placementId").GetGuid() == placement);
        Assert.Single(logged);
        foreach (var (database, table) in new[] { ("attendancedb", "Placements"), ("directorydb", "Placements") })
        {
            await Eventually.Until(() => system.HasRowAsync(database, table, "PlacementId", placement), received => received,
                because: $"PlacementStarted should reach the {database} consumer over RabbitMQ");
        }
    }

    [Fact]
    public async Task TheProviderAndTheLocalAuthoritySeeThePlacementAndAnotherProviderDoesNot()
    {
        var school = await system.SignInAsync("demo-school");
        var referral = await RunningPlatform.IdAsync(await school.PostAsJsonAsync("/api/referrals", ReferralBodies.Referral(demoSkillsCentre)));
        await RunningPlatform.OkAsync(await school.PostAsync($"/api/referrals/{referral}/submit", null));
        await RunningPlatform.OkAsync(await school.PostAsJsonAsync($"/api/referrals/{referral}/headteacher-decision", ReferralBodies.HeadteacherDecision(approved: true)));
        await RunningPlatform.OkAsync(await (await system.SignInAsync("demo-trust")).PostAsJsonAsync($"/api/referrals/{referral}/trust-decision", new { approved = true, decidedBy = "Director" }));
        await RunningPlatform.OkAsync(await school.PostAsJsonAsync($"/api/referrals/{referral}/parent-agreement", ReferralBodies.Agreement(agreed: true)));
        var placement = await RunningPlatform.IdAsync(await school.PostAsJsonAsync($"/api/referrals/{referral}/placement", ReferralBodies.Placement()));

        var asProvider = await (await system.SignInAsync("demo-provider")).GetAsync($"/api/placements/{placement}");
        var asLa = await (await system.SignInAsync("demo-la")).GetAsync($"/api/placements/{placement}");
        var asOtherProvider = await (await system.SignInAsync("demo-provider-2")).GetAsync($"/api/placements/{placement}");
        var asOtherSchool = await (await system.SignInAsync("demo-school-2")).GetAsync($"/api/referrals/{referral}");

        Assert.Equal(HttpStatusCode.OK, asProvider.StatusCode);
        Assert.Equal(JsonValueKind.Null, (await asProvider.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("pupil").ValueKind);
        Assert.Equal(HttpStatusCode.OK, asLa.StatusCode);
        await ProblemAssert.HasStatus(asOtherProvider, HttpStatusCode.NotFound);
        await ProblemAssert.HasStatus(asOtherSchool, HttpStatusCode.NotFound);
    }
}
