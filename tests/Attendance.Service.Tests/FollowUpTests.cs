using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using APPlatform.Contracts.Attendance;
using APPlatform.TestSupport;
using static APPlatform.Attendance.Tests.AttendanceService;

namespace APPlatform.Attendance.Tests;

/// <summary>Missing registers at the cut-off, and the school's same-day follow-up of every absence.</summary>
public sealed class FollowUpTests(AttendanceService service) : IClassFixture<AttendanceService>
{
    [Fact]
    public async Task AtTheCutOffUnmarkedSessionsBecomeMissingAndTheRegisterIsReportedNotSubmitted()
    {
        var notSubmitted = await service.Bus.SubscribeAsync<RegisterNotSubmitted>();
        var provider = Guid.NewGuid();
        var marked = await service.PlacementAsync(provider);
        var unmarked = await service.PlacementAsync(provider);
        await OkAsync(await service.PostReturnAsync(TestCaller.Provider(provider), Today, Mark(marked, "present")));

        await OkAsync(await service.As(TestCaller.Provider(provider)).PutAsJsonAsync($"/api/attendance/providers/{provider}/cut-offs",
            new { morning = "00:00:00", afternoon = "00:00:01" }));

        var events = await Eventually.Until(() => Task.FromResult(notSubmitted.Where(e => e.Message.ProviderId == provider).Select(e => e.Message).ToList()),
            e => e.Count == 2, because: "both of today's registers are past the cut-off");
        Assert.Equal(1, events.Single(e => e.Session == "AM").MissingSessions);
        Assert.Equal(2, events.Single(e => e.Session == "PM").MissingSessions);
        var marks = await service.As(SchoolOf(unmarked)).GetFromJsonAsync<JsonElement>($"/api/attendance/placements/{unmarked.PlacementId}/marks");
        Assert.All(marks.EnumerateArray(), m => Assert.Equal("missing", m.GetProperty("status").GetString()));
        var cases = await service.As(SchoolOf(unmarked)).GetFromJsonAsync<JsonElement>("/api/attendance/cases");
        Assert.Equal(2, cases.GetArrayLength());
        // Another look at the registers (after any look under way) finds both already checked: nothing more is reported.
        await service.CheckRegistersNowAsync();
        Assert.Equal(2, (await service.QueuedEventsAsync<RegisterNotSubmitted>()).Count(e => e.ProviderId == provider));
    }

    [Fact]
    public async Task AnUnexplainedAbsenceNotFollowedUpByItsDeadlineIsAnnouncedAndOneFollowedUpIsNot()
    {
        var late = await service.Bus.SubscribeAsync<UnexplainedAbsenceNotFollowedUp>();
        var ignored = await service.PlacementAsync();
        var followed = await service.PlacementAsync();
        await OkAsync(await service.PostReturnAsync(ProviderOf(followed), Today, Mark(followed, "absent")));
        var caseId = (await service.As(SchoolOf(followed)).GetFromJsonAsync<JsonElement>("/api/attendance/cases"))[0].GetProperty("id").GetGuid();
        await OkAsync(await service.As(SchoolOf(followed)).PostAsJsonAsync($"/api/attendance/cases/{caseId}/actions", new { kind = "called", note = "Spoke to mum." }));
        await OkAsync(await service.PostReturnAsync(ProviderOf(ignored), Today, Mark(ignored, "absent")));

        await service.RunDueDeadlinesAsync();
        var beforeTheDeadline = await service.QueuedEventsAsync<UnexplainedAbsenceNotFollowedUp>();
        service.Clock.Advance(FollowUpWithin + TimeSpan.FromSeconds(1));
        await service.RunDueDeadlinesAsync();
        var afterIt = await service.QueuedEventsAsync<UnexplainedAbsenceNotFollowedUp>();

        Assert.DoesNotContain(beforeTheDeadline, e => e.PlacementId == ignored.PlacementId);
        Assert.Single(afterIt, e => e.PlacementId == ignored.PlacementId);
        Assert.DoesNotContain(afterIt, e => e.PlacementId == followed.PlacementId);
        await Eventually.Until(() => Task.FromResult(late.Count(e => e.Message.PlacementId == ignored.PlacementId)), n => n == 1, because: "it is published");
    }

    [Fact]
    public async Task TheSchoolExplainsWithADfeCodeWhichTheMarkTakesThenClosesTheCase()
    {
        var placement = await service.PlacementAsync();
        await OkAsync(await service.PostReturnAsync(ProviderOf(placement), Today, Mark(placement, "absent", reason: "Dentist")));
        var school = service.As(SchoolOf(placement));
        var caseId = (await school.GetFromJsonAsync<JsonElement>("/api/attendance/cases"))[0].GetProperty("id").GetGuid();
        var unexplained = (await school.GetFromJsonAsync<JsonElement>($"/api/attendance/placements/{placement.PlacementId}/marks"))[0];

        var wrongCode = await school.PostAsJsonAsync($"/api/attendance/cases/{caseId}/explain", new { code = "ZZ", explanation = "Nonsense" });
        await OkAsync(await school.PostAsJsonAsync($"/api/attendance/cases/{caseId}/explain", new { code = "m", explanation = "Dental appointment, letter seen." }));
        var closed = await school.PostAsJsonAsync($"/api/attendance/cases/{caseId}/close", new { note = "Done" });

        await ProblemAssert.HasStatus(wrongCode, HttpStatusCode.UnprocessableEntity);
        await OkAsync(closed);
        Assert.Equal("closed", (await closed.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("status").GetString());
        var mark = (await school.GetFromJsonAsync<JsonElement>($"/api/attendance/placements/{placement.PlacementId}/marks"))[0];
        Assert.Equal(("N", "M"), (unexplained.GetProperty("code").GetString(), mark.GetProperty("code").GetString()));
        await ProblemAssert.HasStatus(await service.As(TestCaller.School()).GetAsync($"/api/attendance/cases/{caseId}"), HttpStatusCode.NotFound);
        await ProblemAssert.HasStatus(await service.As(ProviderOf(placement)).PostAsJsonAsync($"/api/attendance/cases/{caseId}/close", new { }), HttpStatusCode.NotFound);
    }

    [Fact]
    public async Task AnEscalationToTheLocalAuthorityIsAnnouncedAndTheLocalAuthoritySeesTheCase()
    {
        var escalated = await service.Bus.SubscribeAsync<AbsenceEscalated>();
        var placement = await service.PlacementAsync();
        await OkAsync(await service.PostReturnAsync(ProviderOf(placement), Today, Mark(placement, "absent")));
        var school = service.As(SchoolOf(placement));
        var caseId = (await school.GetFromJsonAsync<JsonElement>("/api/attendance/cases"))[0].GetProperty("id").GetGuid();
        await OkAsync(await school.PostAsJsonAsync($"/api/attendance/cases/{caseId}/actions", new { kind = "home_visit", note = "No answer at the door." }));

        await OkAsync(await school.PostAsJsonAsync($"/api/attendance/cases/{caseId}/escalate", new { to = "local_authority", note = "Missing from education: three days, no contact." }));

        var message = (await Eventually.Until(() => Task.FromResult(escalated.Where(e => e.Message.CaseId == caseId).ToList()), e => e.Count > 0, because: "AbsenceEscalated")).Single().Message;
        Assert.Equal("local_authority", message.To);
        var laCases = await service.As(TestCaller.LocalAuthority(placement.LocalAuthorityId)).GetFromJsonAsync<JsonElement>("/api/attendance/cases");
        Assert.Contains(laCases.EnumerateArray(), c => c.GetProperty("id").GetGuid() == caseId);
        var actions = (await school.GetFromJsonAsync<JsonElement>($"/api/attendance/cases/{caseId}")).GetProperty("actions").EnumerateArray().Select(a => a.GetProperty("kind").GetString());
        Assert.Equal(["home_visit", "note"], actions);
    }

    [Fact]
    public async Task TheDslsViewOfACaseEscalatedToThemIsForTheDslAndTheHeadteacher()
    {
        var placement = await service.PlacementAsync();
        await OkAsync(await service.PostReturnAsync(ProviderOf(placement), Today, Mark(placement, "absent")));
        var attendanceLead = service.As(SchoolOf(placement).AsPerson("Ash Attendance", "attendance_lead"));
        var dsl = service.As(SchoolOf(placement).AsPerson("Dana Safeguarding", "dsl"));
        var caseId = (await attendanceLead.GetFromJsonAsync<JsonElement>("/api/attendance/cases"))[0].GetProperty("id").GetGuid();
        await OkAsync(await attendanceLead.PostAsJsonAsync($"/api/attendance/cases/{caseId}/escalate", new { to = "dsl", note = "Third absence this week; sibling known to social care." }));

        await OkAsync(await dsl.PostAsJsonAsync($"/api/attendance/cases/{caseId}/actions", new { kind = "note", note = "Spoke to the social worker: a strategy meeting is planned." }));

        JsonElement LastAction(JsonElement absence) => absence.GetProperty("actions").EnumerateArray().Last();
        var asDsl = LastAction(await dsl.GetFromJsonAsync<JsonElement>($"/api/attendance/cases/{caseId}"));
        var asLead = LastAction(await attendanceLead.GetFromJsonAsync<JsonElement>($"/api/attendance/cases/{caseId}"));
        var asLeadInList = LastAction((await attendanceLead.GetFromJsonAsync<JsonElement>("/api/attendance/cases"))[0]);
        Assert.Equal("Spoke to the social worker: a strategy meeting is planned.", asDsl.GetProperty("note").GetString());
        Assert.Equal("Dana Safeguarding", asDsl.GetProperty("by").GetString());
        Assert.True(asLead.GetProperty("safeguarding").GetBoolean());
        Assert.DoesNotContain("social worker", asLead.GetRawText() + asLeadInList.GetRawText());
    }

    [Fact]
    public async Task WhereAPersonActsOnlyRegisterTakersMarkAndOnlyTheSchoolsFollowUpRolesActOnACase()
    {
        var placement = await service.PlacementAsync();
        var byProviderAdministrator = await service.PostReturnAsync(ProviderOf(placement).AsPerson("Pat Admin", "administrator"), Today, Mark(placement, "absent"));
        await OkAsync(await service.PostReturnAsync(ProviderOf(placement).AsPerson("Robin Register", "register_staff"), Today, Mark(placement, "absent")));
        var school = SchoolOf(placement);
        var caseId = (await service.As(school).GetFromJsonAsync<JsonElement>("/api/attendance/cases"))[0].GetProperty("id").GetGuid();

        var bySenco = await service.As(school.AsPerson("Sam Senco", "senco")).PostAsJsonAsync($"/api/attendance/cases/{caseId}/actions", new { kind = "called" });
        var byLead = await service.As(school.AsPerson("Ash Attendance", "attendance_lead")).PostAsJsonAsync($"/api/attendance/cases/{caseId}/actions", new { kind = "called" });

        await ProblemAssert.HasStatus(byProviderAdministrator, HttpStatusCode.Forbidden);
        await ProblemAssert.HasStatus(bySenco, HttpStatusCode.Forbidden);
        await OkAsync(byLead);
        Assert.Equal("Ash Attendance", (await byLead.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("actions")[0].GetProperty("by").GetString());
        var mark = (await service.As(school).GetFromJsonAsync<JsonElement>($"/api/attendance/placements/{placement.PlacementId}/marks"))[0];
        Assert.Equal("Robin Register", mark.GetProperty("recordedBy").GetString());
    }
}
