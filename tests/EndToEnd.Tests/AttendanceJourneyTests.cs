using System.Diagnostics;
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
        var upn = ReferralBodies.NewUpn();
        var placement = await WeekdayMorningPlacementAsync(school, upn);

        var posted = await PostAbsenceAsync(provider, placement);

        Assert.Equal(HttpStatusCode.OK, posted.StatusCode);
        var cases = await school.GetFromJsonAsync<JsonElement>($"/api/attendance/cases?status=unexplained&date={LastWeekday:yyyy-MM-dd}");
        Assert.Contains(cases.EnumerateArray(), c => c.GetProperty("placementId").GetGuid() == placement);
        var csv = await school.GetStringAsync($"/api/attendance/schools/5c000000-0000-0000-0000-000000000001/register.csv?weekStarting={LastWeekday:yyyy-MM-dd}");
        Assert.Contains($"{upn},{LastWeekday:yyyy-MM-dd},AM,N", csv);
        var otherProvider = await (await system.SignInAsync("demo-provider")).SendAsync(new HttpRequestMessage(HttpMethod.Post, "/api/attendance/returns")
        {
            Content = JsonContent.Create(new { date = LastWeekday.ToString("yyyy-MM-dd"), marks = new[] { new { placementId = placement, session = "AM", status = "present" } } }),
            Headers = { { "Idempotency-Key", Guid.NewGuid().ToString() } },
        });
        await ProblemAssert.HasStatus(otherProvider, HttpStatusCode.NotFound);
    }

    [Fact]
    public async Task OneReturnIsOneTraceThroughTheGatewayAttendanceTheOutboxTheBrokerAndNotification()
    {
        var school = await system.SignInAsync("demo-school");
        var provider = await system.SignInAsync("demo-provider-2");
        var placement = await WeekdayMorningPlacementAsync(school, ReferralBodies.NewUpn());
        var traceId = ActivityTraceId.CreateRandom().ToHexString();

        // The caller starts the trace (W3C traceparent), so the test knows which one to look for.
        var posted = await PostAbsenceAsync(provider, placement, traceparent: $"00-{traceId}-{ActivitySpanId.CreateRandom().ToHexString()}-01");

        Assert.Equal(HttpStatusCode.OK, posted.StatusCode);

        // Each service exports its spans in its own batches, so the parts of one trace arrive at different moments.
        Func<Span, bool>[] expected =
        [
            span => span.Service == "gateway" && span.Name.Contains("POST"),
            span => span.Service == "attendance" && span.Name.Contains("POST"),
            span => span.Service == "attendance" && span.Name == "outbox publish",
            span => span.Service == "attendance" && span.Name.Contains("send"),
            span => span.Service == "notification" && span.Name.Contains("receive"),
        ];
        var trace = await Eventually.Until(
            () => system.Telemetry.TraceAsync(traceId),
            spans => expected.All(spans.Any),
            because: "the absence's event should reach Notification.Service in the same trace");
        Assert.All(expected, part => Assert.Contains(trace, span => part(span)));
    }

    private static DateOnly LastWeekday => Enumerable.Range(0, 7).Select(d => ReferralBodies.Today.AddDays(-d))
        .First(d => d.DayOfWeek is not (DayOfWeek.Saturday or DayOfWeek.Sunday));

    /// <summary>A placement started two weeks ago, with a session every weekday morning.</summary>
    private static Task<Guid> WeekdayMorningPlacementAsync(HttpClient school, string upn)
    {
        var everyWeekday = Enumerable.Range(1, 5).Select(d => (object)new { day = ((DayOfWeek)d).ToString().ToLowerInvariant(), session = "AM", starts = "09:00:00", ends = "12:00:00" }).ToArray();
        return RunningPlatform.StartedPlacementAsync(school, ReferralBodies.Referral(demoLearningAcademy, start: ReferralBodies.Today.AddDays(-14), timetable: everyWeekday,
            pupil: ReferralBodies.Pupil(upn)));
    }

    /// <summary>The provider's return with the pupil absent on the last weekday morning, once Attendance.Service knows the placement.</summary>
    private static Task<HttpResponseMessage> PostAbsenceAsync(HttpClient provider, Guid placement, string? traceparent = null) =>
        Eventually.Until(() =>
        {
            var request = new HttpRequestMessage(HttpMethod.Post, "/api/attendance/returns")
            {
                Content = JsonContent.Create(new { date = LastWeekday.ToString("yyyy-MM-dd"), marks = new[] { new { placementId = placement, session = "AM", status = "absent", reason = "No show" } } }),
                Headers = { { "Idempotency-Key", Guid.NewGuid().ToString() } },
            };
            if (traceparent is not null)
            {
                request.Headers.Add("traceparent", traceparent);
            }

            return provider.SendAsync(request);
        }, response => response.StatusCode != HttpStatusCode.NotFound, because: "PlacementStarted should reach Attendance.Service");
}
