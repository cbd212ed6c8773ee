using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using APPlatform.TestSupport;
using static APPlatform.Attendance.Tests.AttendanceService;

namespace APPlatform.Attendance.Tests;

/// <summary>A school answering a subject-access request gets every mark and case held about its pupil, and no one else does.</summary>
public sealed class SubjectAccessTests(AttendanceService service) : IClassFixture<AttendanceService>
{
    [Fact]
    public async Task TheSchoolExportsItsPupilsMarksAndCasesAndAnotherSchoolOrTheProviderGetsNothing()
    {
        var placement = await service.PlacementAsync();
        await OkAsync(await service.PostReturnAsync(ProviderOf(placement), Today, Mark(placement, "absent"), Mark(placement, "present", session: "PM")));
        var path = $"/api/attendance/pupils/{placement.PupilId}/subject-access";

        var export = await service.As(SchoolOf(placement)).GetFromJsonAsync<JsonElement>(path);

        Assert.Equal(2, export.GetProperty("marks").GetArrayLength());
        Assert.Equal(1, export.GetProperty("absenceCases").GetArrayLength());
        await ProblemAssert.HasStatus(await service.As(TestCaller.School()).GetAsync(path), HttpStatusCode.NotFound);
        await ProblemAssert.HasStatus(await service.As(ProviderOf(placement)).GetAsync(path), HttpStatusCode.Forbidden);
    }
}
