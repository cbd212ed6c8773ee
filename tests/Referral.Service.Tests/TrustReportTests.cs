using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using APPlatform.Contracts.Attendance;
using APPlatform.Referrals.Model.Policies;
using APPlatform.Referrals.Reports;
using APPlatform.ServiceDefaults.Authentication;
using APPlatform.ServiceDefaults.Csv;
using APPlatform.ServiceDefaults.Messaging.Inbox;
using APPlatform.TestSupport;
using APPlatform.TestSupport.ReferralForms;
using MassTransit;
using Microsoft.EntityFrameworkCore;

namespace APPlatform.Referrals.Tests;

/// <summary>
/// The trust report (trust policy §10.1–§10.3) over the real service: figures from real referrals and placements at a
/// trust's two schools, attendance from Attendance.Service's weekly figures over RabbitMQ, and who may read it.
/// </summary>
public sealed class TrustReportTests(ReferralService service) : IClassFixture<ReferralService>
{
    [Fact]
    public async Task ATrustsApLeadSeesItsTwoSchoolsPupilsCostAgainstBudgetAttendanceAndOutcomesOnScreenAndInCsv()
    {
        var trustId = Guid.NewGuid();
        var localAuthority = Guid.NewGuid();
        var dales = TestCaller.School(trustId: trustId, localAuthorityId: localAuthority);
        var fells = TestCaller.School(trustId: trustId, localAuthorityId: localAuthority);
        var registered = await service.ProviderAsync(registered: true, auditor: dales);
        var unregistered = await service.ProviderAsync(registered: false, auditor: fells);
        var monday = FourSchoolWeeksFrom(ReferralBodies.Today.AddDays(14));
        var atDales = await StartedAsync(dales, registered, monday, cost: 300, budget: 3600);
        var atFells = await StartedAsync(fells, unregistered, monday, cost: 200, budget: null);
        service.Clock.Advance(TimeSpan.FromDays(monday.AddDays(25).DayNumber - ReferralBodies.Today.DayNumber));
        await ReferralService.OkAsync(await atFells.Client.PostAsJsonAsync($"/api/placements/{atFells.PlacementId}/end", new
        {
            reason = "provider_change", endedOn = monday.AddDays(11).ToString("yyyy-MM-dd"), destination = "another_alternative_provision",
        }));
        await AttendanceAsync(dales.OrganisationId, monday, possible: 3, attended: 2, DateTimeOffset.UtcNow);
        await AttendanceAsync(dales.OrganisationId, monday.AddDays(7), possible: 3, attended: 3, DateTimeOffset.UtcNow);
        var apLead = service.As(TestCaller.Trust(trustId).AsPerson("Alex Lead", PersonRoles.ApLead));

        var report = await ReferralService.OkAsync(await apLead.GetAsync("/api/placements/trust-report"));

        var schoolYear = ReportPeriodOf(monday);
        Assert.Equal(schoolYear, (report.GetProperty("period").GetProperty("from").GetString(), report.GetProperty("period").GetProperty("to").GetString()));
        var total = report.GetProperty("total");
        Assert.Equal((2, 1, 1, 2, 1), (Int(total, "pupilsInAp"), Int(total, "atRegisteredProviders"), Int(total, "atUnregisteredProviders"),
            Int(total, "placementsStarted"), Int(total, "placementsEnded")));
        // Four school weeks at £300 at Dales; two at £200 at Fells before it ended. Only Dales agreed a budget.
        Assert.Equal((1600m, 3600m, 1), (total.GetProperty("costToDate").GetDecimal(), total.GetProperty("budget").GetDecimal(), Int(total, "placementsWithoutBudget")));
        var dalesFigures = School(report, dales.OrganisationId);
        Assert.Equal((1200m, 6, 5, 83.3m), (dalesFigures.GetProperty("costToDate").GetDecimal(), Int(dalesFigures.GetProperty("attendance"), "sessionsPossible"),
            Int(dalesFigures.GetProperty("attendance"), "attended"), dalesFigures.GetProperty("attendance").GetProperty("percent").GetDecimal()));
        Assert.Equal(400m, School(report, fells.OrganisationId).GetProperty("costToDate").GetDecimal());
        Assert.Equal(new[] { (registered.ToString(), true), (unregistered.ToString(), false) }.Order(), report.GetProperty("providers").EnumerateArray()
            .Select(p => (p.GetProperty("providerId").GetString()!, p.GetProperty("isRegistered").GetBoolean())).Order());
        var ended = Assert.Single(report.GetProperty("outcomes").GetProperty("endedBy").EnumerateArray());
        Assert.Equal(("provider_change", 1), (ended.GetProperty("reason").GetString(), Int(ended, "placements")));

        var csv = await apLead.GetAsync("/api/placements/trust-report.csv");
        var (header, rows) = CsvTable.Read(await csv.Content.ReadAsStringAsync());
        Assert.StartsWith("text/csv", csv.Content.Headers.ContentType?.ToString());
        Assert.Equal(TrustReportExport.Columns.Select(c => c.ToLowerInvariant()), header);
        Assert.Equal(new[] { dales.OrganisationId.ToString(), fells.OrganisationId.ToString() }.Order().Append(TrustReportExport.TrustRow),
            rows.Take(2).Select(r => r["school"]!).Order().Append(rows[2]["school"]));
        var trustRow = rows.Single(r => r["school"] == TrustReportExport.TrustRow);
        Assert.Equal(["2", "1600.00", "3600.00", "83.3"], new[] { "pupilsinap", "costtodate", "budget", "attendancepercent" }.Select(c => trustRow[c]));
    }

    [Fact]
    public async Task OnlyTheTrustsApLeadExecutivesAndSystemsReadItAndAnotherTrustSeesNoneOfItsSchools()
    {
        var trustId = Guid.NewGuid();
        var school = TestCaller.School(trustId: trustId, localAuthorityId: Guid.NewGuid());
        var provider = await service.ProviderAsync(registered: true, auditor: school);
        await StartedAsync(school, provider, FourSchoolWeeksFrom(ReferralBodies.Today.AddDays(14)), cost: 300, budget: 3000);
        var trust = TestCaller.Trust(trustId);
        var anotherTrust = TestCaller.Trust();

        Assert.Equal(HttpStatusCode.Forbidden, (await service.As(school).GetAsync("/api/placements/trust-report")).StatusCode);
        Assert.Equal(HttpStatusCode.Forbidden, (await service.As(trust.AsPerson("Ada Admin", PersonRoles.Administrator)).GetAsync("/api/placements/trust-report")).StatusCode);
        Assert.Equal(HttpStatusCode.Forbidden, (await service.As(TestCaller.LocalAuthority(school.LocalAuthorityId)).GetAsync("/api/placements/trust-report.csv")).StatusCode);
        Assert.Equal(1, Int((await ReferralService.OkAsync(await service.As(trust.AsPerson("Eve Exec", PersonRoles.Executive))
            .GetAsync("/api/placements/trust-report"))).GetProperty("total"), "pupilsInAp"));
        Assert.Equal(1, Int((await ReferralService.OkAsync(await service.As(trust).GetAsync("/api/placements/trust-report"))).GetProperty("total"), "pupilsInAp"));

        var others = await ReferralService.OkAsync(await service.As(anotherTrust).GetAsync("/api/placements/trust-report"));
        Assert.Equal((0, 0), (Int(others.GetProperty("total"), "pupilsInAp"), others.GetProperty("schools").GetArrayLength()));
        Assert.Equal(HttpStatusCode.NotFound, (await service.As(anotherTrust).GetAsync($"/api/placements/trust-report?trustId={trustId}")).StatusCode);

        var admin = service.As(TestCaller.PlatformAdmin());
        Assert.Equal(HttpStatusCode.BadRequest, (await admin.GetAsync("/api/placements/trust-report")).StatusCode);
        Assert.Equal(1, Int((await ReferralService.OkAsync(await admin.GetAsync($"/api/placements/trust-report?trustId={trustId}"))).GetProperty("total"), "pupilsInAp"));
        Assert.Equal(HttpStatusCode.BadRequest, (await service.As(trust).GetAsync("/api/placements/trust-report?from=2027-03-01&to=2027-02-01")).StatusCode);
    }

    [Fact]
    public async Task AWeeksFiguresSentAgainReplaceTheOlderOnesAndAnOlderMessageNeverWins()
    {
        var school = Guid.NewGuid();
        var monday = new DateOnly(2027, 1, 11);
        var sent = DateTimeOffset.UtcNow;

        await AttendanceAsync(school, monday, possible: 10, attended: 6, sent);
        await AttendanceAsync(school, monday, possible: 10, attended: 9, sent.AddHours(1));
        var stale = NewId.NextGuid();
        await service.Bus.PublishAsync(Figures(school, monday, 10, 1, sent.AddMinutes(-5)), stale);
        await Eventually.Until(() => service.WithDbAsync(db => db.Set<InboxMessage>().AnyAsync(m => m.MessageId == stale)), handled => handled,
            because: "the stale figures should be consumed");

        var week = await service.WithDbAsync(db => db.SchoolWeeks.SingleAsync(w => w.SchoolId == school));
        Assert.Equal((10, 9, 1), (week.SessionsPossible, week.Attended, week.UnauthorisedAbsence));
    }

    private async Task<Journey> StartedAsync(TestCaller school, Guid provider, DateOnly start, decimal cost, decimal? budget)
    {
        var journey = new Journey(service, school, provider);
        await journey.ReferAsync(ReferralBodies.Referral(provider, start: start, cost: cost, budget: budget));
        await journey.ApproveAsync();
        await journey.PlanAndAgreeAsync();
        await journey.PlanPlacementAsync();
        await journey.NotifyAsync();
        await ReferralService.OkAsync(await journey.StartAsync());
        return journey;
    }

    /// <summary>Publishes a school's week as Attendance.Service does on Friday, and waits until Referral.Service has it.</summary>
    private async Task AttendanceAsync(Guid school, DateOnly monday, int possible, int attended, DateTimeOffset sent)
    {
        await service.Bus.PublishAsync(Figures(school, monday, possible, attended, sent));
        await Eventually.Until(() => service.WithDbAsync(db => db.SchoolWeeks.AnyAsync(w => w.SchoolId == school && w.WeekStarting == monday && w.Attended == attended)),
            arrived => arrived, because: "the weekly figures should arrive");
    }

    private static WeeklyAttendanceFigures Figures(Guid school, DateOnly monday, int possible, int attended, DateTimeOffset sent) =>
        new(school, monday, 1, possible, attended, 0, possible - attended, 0, Math.Round(100m * attended / possible, 1), 0, sent);

    /// <summary>The first Monday on or after <paramref name="day"/> that begins four school weeks without a holiday.</summary>
    private static DateOnly FourSchoolWeeksFrom(DateOnly day)
    {
        var monday = day.AddDays(((int)DayOfWeek.Monday - (int)day.DayOfWeek + 7) % 7);
        while (!Enumerable.Range(0, 26).Where(d => d % 7 < 5).All(d => EnglandSchoolYear.IsSchoolDay(monday.AddDays(d))))
        {
            monday = monday.AddDays(7);
        }

        return monday;
    }

    private static (string, string) ReportPeriodOf(DateOnly day)
    {
        var autumnYear = EnglandSchoolYear.SchoolYearOf(day);
        return ($"{autumnYear}-09-01", $"{autumnYear + 1}-08-31");
    }

    private static JsonElement School(JsonElement report, Guid schoolId) =>
        report.GetProperty("schools").EnumerateArray().Single(s => s.GetProperty("schoolId").GetString() == schoolId.ToString());

    private static int Int(JsonElement element, string property) => element.GetProperty(property).GetInt32();
}
