using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using APPlatform.Contracts.Placements;
using APPlatform.ServiceDefaults.AccessLog;
using APPlatform.TestSupport;
using APPlatform.TestSupport.ReferralForms;
using Microsoft.EntityFrameworkCore;

namespace APPlatform.Referrals.Tests;

/// <summary>A pupil's record is checked as it comes in, and once others rely on it, it changes only when the school says so.</summary>
public sealed class PupilRecordTests(ReferralService service) : IClassFixture<ReferralService>
{
    [Fact]
    public async Task AUpnWithTheWrongCheckLetterABirthdayInTheFutureOrOneThatDoesNotFitTheYearGroupIsRefused()
    {
        var provider = await service.ProviderAsync();
        var school = service.As(Journey.NewSchool());
        var upn = ReferralBodies.NewUpn();
        var wrongLetter = (upn[0] == 'A' ? 'B' : 'A') + upn[1..];

        var mistyped = await school.PostAsJsonAsync("/api/referrals", ReferralBodies.Referral(provider, pupil: ReferralBodies.Pupil(wrongLetter)));
        var unborn = await school.PostAsJsonAsync("/api/referrals", ReferralBodies.Referral(provider, pupil: ReferralBodies.Pupil(dateOfBirth: ReferralBodies.Today.AddYears(5))));
        var tooYoung = await school.PostAsJsonAsync("/api/referrals", ReferralBodies.Referral(provider, pupil: ReferralBodies.Pupil(dateOfBirth: ReferralBodies.YearTenBirthday.AddYears(3))));

        Assert.Contains($"they give {upn[0]}", Assert.Single((await ProblemAssert.HasStatus(mistyped, HttpStatusCode.BadRequest)).Errors, e => e.Key.EndsWith("upn", StringComparison.OrdinalIgnoreCase)).Value[0]);
        Assert.Contains("in the future", Assert.Single((await ProblemAssert.HasStatus(unborn, HttpStatusCode.BadRequest)).Errors).Value[0]);
        Assert.Contains("is in year 7 this school year", Assert.Single((await ProblemAssert.HasStatus(tooYoung, HttpStatusCode.BadRequest)).Errors).Value[0]);
    }

    [Fact]
    public async Task ADraftNeverRewritesAPupilWhoseReferralIsPastDraftButTheSchoolsExplicitChangeDoesAndIsKept()
    {
        var provider = await service.ProviderAsync();
        var school = Journey.NewSchool();
        var upn = ReferralBodies.NewUpn();
        var live = await (await new Journey(service, school, provider).ReferAsync(ReferralBodies.Referral(provider, pupil: ReferralBodies.Pupil(upn)))).ApproveAsync();
        var pupilId = await service.WithDbAsync(db => db.Referrals.Where(r => r.Id == live.ReferralId).Select(r => r.PupilId).SingleAsync());

        var rewrite = await live.Client.PostAsJsonAsync("/api/referrals",
            ReferralBodies.Referral(provider, pupil: ReferralBodies.Pupil(upn, firstName: "Someone", dateOfBirth: ReferralBodies.YearTenBirthday.AddDays(1))));
        var same = await live.Client.PostAsJsonAsync("/api/referrals", ReferralBodies.Referral(provider, pupil: ReferralBodies.Pupil(upn)));

        var refused = await ProblemAssert.HasStatus(rewrite, HttpStatusCode.Conflict);
        Assert.Contains("firstName, dateOfBirth", refused.Detail);
        Assert.Contains($"PUT /api/referrals/pupils/{pupilId}", refused.Detail);
        Assert.Equal(HttpStatusCode.Created, same.StatusCode);
        Assert.Equal("Jordan", await service.WithDbAsync(db => db.Pupils.Where(p => p.Id == pupilId).Select(p => p.FirstName).SingleAsync()));

        var updated = await live.Client.PutAsJsonAsync($"/api/referrals/pupils/{pupilId}", ReferralBodies.Pupil(upn, firstName: "Jordanne"));
        var otherSchool = await service.As(Journey.NewSchool()).PutAsJsonAsync($"/api/referrals/pupils/{pupilId}", ReferralBodies.Pupil(upn, firstName: "Taken"));

        var pupil = await ReferralService.OkAsync(updated);
        Assert.Equal("Jordanne", pupil.GetProperty("firstName").GetString());
        Assert.Equal(["firstName"], pupil.GetProperty("changes")[0].GetProperty("fields").EnumerateArray().Select(f => f.GetString()));
        await ProblemAssert.HasStatus(otherSchool, HttpStatusCode.NotFound);
        Assert.True(await service.WithDbAsync(db => db.Set<AccessLogEntry>().AnyAsync(e => e.RecordId == pupilId && e.RouteName == "UpdatePupil")));
    }

    [Fact]
    public async Task ARunningPlacementFollowsTheSchoolsChangeOfThePupilsLookedAfterStatusAndAnnouncesIt()
    {
        var changed = await service.Bus.SubscribeAsync<PlacementChanged>();
        var school = Journey.NewSchool();
        var provider = await service.ProviderAsync(registered: true, auditor: school);
        var upn = ReferralBodies.NewUpn();
        var journey = await (await (await (await new Journey(service, school, provider).ReferAsync(ReferralBodies.Referral(provider, pupil: ReferralBodies.Pupil(upn))))
            .ApproveAsync()).PlanAndAgreeAsync()).PlanPlacementAsync();
        await journey.NotifyAsync();
        await ReferralService.OkAsync(await journey.StartAsync());
        var pupilId = await service.WithDbAsync(db => db.Placements.Where(p => p.Id == journey.PlacementId).Select(p => p.PupilId).SingleAsync());

        await ReferralService.OkAsync(await journey.Client.PutAsJsonAsync($"/api/referrals/pupils/{pupilId}", ReferralBodies.Pupil(upn, lookedAfter: true)));

        var message = (await Eventually.Until(() => Task.FromResult(changed.Where(e => e.Message.Placement.PlacementId == journey.PlacementId).ToList()), e => e.Count > 0,
            because: "PlacementChanged")).Single().Message.Placement;
        Assert.True(message.IsLookedAfter);
    }
}
