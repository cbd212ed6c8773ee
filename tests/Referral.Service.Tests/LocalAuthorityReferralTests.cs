using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using APPlatform.Contracts.Placements;
using APPlatform.Contracts.Referrals;
using APPlatform.TestSupport;
using APPlatform.TestSupport.ReferralForms;

namespace APPlatform.Referrals.Tests;

/// <summary>
/// The local authority refers a pupil it is responsible for (s19, an EHC plan), decides, plans and commissions the
/// placement and runs it; the pupil's school reads it; another authority sees nothing.
/// </summary>
public sealed class LocalAuthorityReferralTests(ReferralService service) : IClassFixture<ReferralService>
{
    [Fact]
    public async Task TheLocalAuthorityRefersAPermanentlyExcludedPupilDecidesAndStartsAPlacementCodedK()
    {
        var (school, authority) = SchoolAndItsAuthority();
        var provider = await service.ProviderAsync(registered: true, auditor: authority);
        var officer = authority.AsPerson("Lara Quinn", "ap_team");
        var journey = await new Journey(service, officer, provider).ReferAsync(
            ReferralBodies.LocalAuthorityReferral(provider, school.OrganisationId, excludedFrom: ReferralBodies.Today.AddDays(-40)));

        var referred = await ReferralService.OkAsync(await journey.Client.GetAsync($"/api/referrals/{journey.ReferralId}"));
        await ReferralService.OkAsync(await journey.Client.PostAsync($"/api/referrals/{journey.ReferralId}/submit", null));
        var decided = await ReferralService.OkAsync(await journey.Client.PostAsJsonAsync(
            $"/api/referrals/{journey.ReferralId}/local-authority-decision", new { approved = true, note = "Our tuition centre has a place" }));
        await journey.PlanAndAgreeAsync();
        await journey.PlanPlacementAsync("local_authority_section19", "la_arranged", soleProvision: true);
        await journey.NotifyAsync();
        var started = await ReferralService.OkAsync(await journey.StartAsync());

        var arrangement = referred.GetProperty("arrangedByLocalAuthority");
        Assert.Equal(("permanent_exclusion", true), (arrangement.GetProperty("duty").GetString(), arrangement.GetProperty("startsAfterDutyFrom").GetBoolean()));
        Assert.Equal((school.OrganisationId, authority.OrganisationId), (referred.GetProperty("schoolId").GetGuid(), referred.GetProperty("localAuthorityId").GetGuid()));
        Assert.Equal(JsonValueKind.Null, referred.GetProperty("trustId").ValueKind);
        Assert.Equal(("local_authority", "Lara Quinn"), Approval(decided));
        Assert.Equal(("active", "K", "local_authority"),
            (started.GetProperty("status").GetString(), started.GetProperty("attendanceCode").GetString(), started.GetProperty("commissionerType").GetString()));
        Assert.Single(await service.QueuedEventsAsync<ReferralSubmitted>(), e => e.ReferralId == journey.ReferralId && e.LocalAuthorityDecides);
        Assert.Single(await service.QueuedEventsAsync<ReferralDecided>(),
            e => e.ReferralId == journey.ReferralId && e.DecidedBy == "local_authority" && e.LocalAuthorityId == authority.OrganisationId);
        var placement = Assert.Single(await service.QueuedEventsAsync<PlacementStarted>(), e => e.Placement.PlacementId == journey.PlacementId).Placement;
        Assert.Equal((authority.OrganisationId, "local_authority", "la_arranged"), (placement.CommissionerId, placement.CommissionerType, placement.RegistrationMode));
    }

    [Fact]
    public async Task ThePupilsSchoolReadsTheLocalAuthoritysReferralAndPlacementButCannotChangeThemAndAnotherAuthoritySeesNothing()
    {
        var (school, authority) = SchoolAndItsAuthority();
        var provider = await service.ProviderAsync(registered: true);
        var journey = await new Journey(service, authority, provider).ReferAsync(
            ReferralBodies.LocalAuthorityReferral(provider, school.OrganisationId, duty: "health_needs"));
        await ReferralService.OkAsync(await journey.Client.PostAsync($"/api/referrals/{journey.ReferralId}/submit", null));
        var theSchool = service.As(school);
        var elsewhere = service.As(TestCaller.LocalAuthority());

        var headteacher = await theSchool.PostAsJsonAsync($"/api/referrals/{journey.ReferralId}/headteacher-decision", ReferralBodies.HeadteacherDecision(true));
        var withdrawn = await theSchool.PostAsJsonAsync($"/api/referrals/{journey.ReferralId}/withdraw", new { reason = "We would rather keep the pupil" });
        await ReferralService.OkAsync(await journey.Client.PostAsJsonAsync(
            $"/api/referrals/{journey.ReferralId}/local-authority-decision", new { approved = true, decidedBy = "Lara Quinn" }));
        await journey.PlanAndAgreeAsync();
        await journey.PlanPlacementAsync("local_authority_section19", "la_arranged");

        await ProblemAssert.HasStatus(headteacher, HttpStatusCode.Forbidden);
        await ProblemAssert.HasStatus(withdrawn, HttpStatusCode.Forbidden);
        await ProblemAssert.HasStatus(await theSchool.PostAsync($"/api/placements/{journey.PlacementId}/start", null), HttpStatusCode.Forbidden);
        Assert.Equal(journey.PlacementId, (await ReferralService.OkAsync(await theSchool.GetAsync($"/api/referrals/{journey.ReferralId}"))).GetProperty("placementId").GetGuid());
        Assert.Equal("planned", (await ReferralService.OkAsync(await theSchool.GetAsync($"/api/placements/{journey.PlacementId}"))).GetProperty("status").GetString());
        await ProblemAssert.HasStatus(await elsewhere.GetAsync($"/api/referrals/{journey.ReferralId}"), HttpStatusCode.NotFound);
        await ProblemAssert.HasStatus(await elsewhere.GetAsync($"/api/placements/{journey.PlacementId}"), HttpStatusCode.NotFound);
        await ProblemAssert.HasStatus(
            await elsewhere.PostAsJsonAsync($"/api/referrals/{journey.ReferralId}/local-authority-decision", new { approved = false, decidedBy = "X" }), HttpStatusCode.NotFound);
    }

    [Fact]
    public async Task OnlyTheLocalAuthoritysAPTeamRefersAndItSaysUnderWhichDuty()
    {
        var (school, authority) = SchoolAndItsAuthority();
        var provider = await service.ProviderAsync(registered: true);
        var body = ReferralBodies.LocalAuthorityReferral(provider, school.OrganisationId, duty: "health_needs");
        var withoutDuty = ReferralBodies.LocalAuthorityReferral(provider, school.OrganisationId, duty: "health_needs");
        withoutDuty.AsObject().Remove("arrangedByLocalAuthority");

        var attendanceTeam = await service.As(authority.AsPerson("Ada Attend", "attendance_team")).PostAsJsonAsync("/api/referrals", body);
        var noDuty = await service.As(authority).PostAsJsonAsync("/api/referrals", withoutDuty);
        var bySchool = await service.As(school).PostAsJsonAsync("/api/referrals", body);

        await ProblemAssert.HasStatus(attendanceTeam, HttpStatusCode.Forbidden);
        Assert.Contains("arrangedByLocalAuthority", (await ProblemAssert.HasStatus(noDuty, HttpStatusCode.BadRequest)).Errors.Keys);
        Assert.Contains("arrangedByLocalAuthority", (await ProblemAssert.HasStatus(bySchool, HttpStatusCode.BadRequest)).Errors.Keys);
    }

    private static (TestCaller School, TestCaller Authority) SchoolAndItsAuthority()
    {
        var school = Journey.NewSchool();
        return (school, TestCaller.LocalAuthority(school.LocalAuthorityId));
    }

    private static (string?, string?) Approval(JsonElement referral)
    {
        var approval = referral.GetProperty("approvals").EnumerateArray().Single();
        return (approval.GetProperty("stage").GetString(), approval.GetProperty("decidedBy").GetString());
    }
}
