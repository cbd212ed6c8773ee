using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using APPlatform.ServiceDefaults.AccessLog;
using APPlatform.TestSupport;
using Microsoft.EntityFrameworkCore;
using Npgsql;
using static APPlatform.Attendance.Tests.AttendanceService;

namespace APPlatform.Attendance.Tests;

/// <summary>Marks and absence cases are pupils' records: each read and change is logged, append-only.</summary>
public sealed class AccessLogTests(AttendanceService service) : IClassFixture<AttendanceService>
{
    [Fact]
    public async Task AProvidersMarkWritesAChangeEntryAndTheSchoolsReadingOfTheCaseAReadEntry()
    {
        var placement = await service.PlacementAsync();
        var provider = ProviderOf(placement);
        var school = SchoolOf(placement);
        await OkAsync(await service.PostReturnAsync(provider, Today, Mark(placement, "absent")));
        var caseId = (await service.As(school).GetFromJsonAsync<JsonElement>("/api/attendance/cases"))[0].GetProperty("id").GetGuid();

        await OkAsync(await service.As(school).GetAsync($"/api/attendance/cases/{caseId}"));

        var entries = await service.WithDbAsync(db => db.Set<AccessLogEntry>().Where(e => e.PupilId == placement.PupilId).ToListAsync());
        var mark = Assert.Single(entries, e => e.Action == AccessAction.Change);
        Assert.Equal(("mark", provider.OrganisationId, provider.ClientId, "PostReturn"), (mark.RecordKind, mark.OrganisationId, mark.ClientId, mark.RouteName));
        Assert.Single(entries, e => e is { Action: AccessAction.Read, RecordKind: "case", RouteName: "GetCase" } && e.RecordId == caseId &&
                                    e.OrganisationId == school.OrganisationId && e.SchoolId == placement.SchoolId);
    }

    [Fact]
    public async Task ASchoolReadingAPupilsSummaryOrItsWeeklyViewIsLoggedAsAReadOfThatPupilsMarks()
    {
        var placement = await service.PlacementAsync();
        var school = SchoolOf(placement);

        await OkAsync(await service.As(school).GetAsync($"/api/attendance/summaries/pupils/{placement.PupilId}"));
        await OkAsync(await service.As(school).GetAsync($"/api/attendance/schools/{placement.SchoolId}/weekly?weekStarting={Today:yyyy-MM-dd}"));

        var routes = await service.WithDbAsync(db => db.Set<AccessLogEntry>()
            .Where(e => e.PupilId == placement.PupilId && e.Action == AccessAction.Read && e.RecordKind == "marks" && e.RecordId == placement.PlacementId)
            .Select(e => e.RouteName).ToListAsync());
        Assert.Equal(["GetSummary", "GetWeekly"], routes.Order());
    }

    [Fact]
    public async Task APlatformAdminWithoutAReasonIsRefusedAPlacementsMarksAndNothingIsLogged()
    {
        var placement = await service.PlacementAsync();
        var admin = TestCaller.PlatformAdmin();

        var response = await service.As(admin).GetAsync($"/api/attendance/placements/{placement.PlacementId}/marks");

        await ProblemAssert.HasStatus(response, HttpStatusCode.BadRequest);
        Assert.False(await service.WithDbAsync(db => db.Set<AccessLogEntry>().AnyAsync(e => e.OrganisationId == admin.OrganisationId)));
    }

    [Fact]
    public async Task TheServiceCannotDeleteAnEntry()
    {
        // A row-level trigger fires only on a row: make sure there is one, whichever test runs first.
        var placement = await service.PlacementAsync();
        await OkAsync(await service.As(SchoolOf(placement)).GetAsync($"/api/attendance/placements/{placement.PlacementId}/marks"));

        var refused = await Assert.ThrowsAsync<PostgresException>(() =>
            service.WithDbAsync(db => db.Database.ExecuteSqlRawAsync("""DELETE FROM "AccessLog" """)));

        Assert.Contains("append-only", refused.MessageText);
    }
}
