using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using APPlatform.TestSupport;
using APPlatform.TestSupport.ReferralForms;

namespace APPlatform.EndToEnd.Tests;

/// <summary>
/// From a placement started at Demo Learning Academy (registered; the trust's default policy needs no approval) to the
/// provider's register through the gateway, the absence's follow-up case open for the school within seconds, and the
/// week's codes exported for the school's MIS with the pupil's UPN.
/// </summary>
[Collection(nameof(RunningPlatform))]
public sealed class AttendanceJourneyTests(RunningPlatform system)
{
    private static readonly Guid demoLearningAcademy = Guid.Parse("9d000000-0000-0000-0000-000000000002");

    [Fact]
    public async Task AnAbsencePostedByTheProviderOpensAFollowUpCaseForTheSchoolAndReachesItsMisExport()
    {
        var school = await system.SignInAsync("demo-school");
        var provider = await system.SignInAsync("demo-provider-2");
        var today = ReferralBodies.Today;
        var upn = ReferralBodies.NewUpn();
        var everyWeekday = Enumerable.Range(1, 5).Select(d => (object)new { day = ((DayOfWeek)d).ToString().ToLowerInvariant(), session = "AM", starts = "09:00:00", ends = "12:00:00" }).ToArray();
        var placement = await RunningPlatform.StartedPlacementAsync(school, ReferralBodies.Referral(demoLearningAcademy, start: today.AddDays(-14), timetable: everyWeekday,
            pupil: ReferralBodies.Pupil(upn)));
        var lastWeekday = Enumerable.Range(0, 7).Select(d => today.AddDays(-d)).First(d => d.DayOfWeek is not (DayOfWeek.Saturday or DayOfWeek.Sunday));

        var posted = await Eventually.Until(() => provider.SendAsync(new HttpRequestMessage(HttpMethod.Post, "/api/attendance/returns")
        {
            Content = JsonContent.Create(new { date = lastWeekday.ToString("yyyy-MM-dd"), marks = new[] { new { placementId = placement, session = "AM", status = "absent", reason = "No show" } } }),
            Headers = { { "Idempotency-Key", Guid.NewGuid().ToString() } },
        }), response => response.StatusCode != HttpStatusCode.NotFound, because: "PlacementStarted should reach Attendance.Service");

        Assert.Equal(HttpStatusCode.OK, posted.StatusCode);
        var cases = await school.GetFromJsonAsync<JsonElement>($"/api/attendance/cases?status=unexplained&date={lastWeekday:yyyy-MM-dd}");
        Assert.Contains(cases.EnumerateArray(), c => c.GetProperty("placementId").GetGuid() == placement);
        var csv = await school.GetStringAsync($"/api/attendance/schools/5c000000-0000-0000-0000-000000000001/register.csv?weekStarting={lastWeekday:yyyy-MM-dd}");
        Assert.Contains($"{upn},{lastWeekday:yyyy-MM-dd},AM,N", csv);
        var otherProvider = await (await system.SignInAsync("demo-provider")).SendAsync(new HttpRequestMessage(HttpMethod.Post, "/api/attendance/returns")
        {
            Content = JsonContent.Create(new { date = lastWeekday.ToString("yyyy-MM-dd"), marks = new[] { new { placementId = placement, session = "AM", status = "present" } } }),
            Headers = { { "Idempotency-Key", Guid.NewGuid().ToString() } },
        });
        await ProblemAssert.HasStatus(otherProvider, HttpStatusCode.NotFound);
    }
}
