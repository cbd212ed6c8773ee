using System.Diagnostics;
using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using APPlatform.TestSupport;
using APPlatform.TestSupport.ReferralForms;
using static APPlatform.EndToEnd.Tests.AttendanceSteps;

namespace APPlatform.EndToEnd.Tests;

/// <summary>
/// From a placement started at Demo Learning Academy (registered; the trust's default policy needs no approval) to the
/// provider's register through the gateway, the absence's follow-up case open for the school within seconds, and the
/// week's codes exported for the school's MIS with the pupil's UPN.
/// </summary>
public sealed class AttendanceJourneyTests(RunningPlatform system)
{
    [Fact]
    public async Task AnAbsencePostedByTheProviderOpensAFollowUpCaseForTheSchoolAndReachesItsMisExport()
    {
        var school = await system.SignInAsync("demo-school");
        var provider = await system.SignInAsync("demo-provider-2");
        var upn = ReferralBodies.NewUpn();
        var placement = await WeekdayMorningPlacementAsync(school, ReferralBodies.Pupil(upn));

        var posted = await PostAbsenceAsync(provider, placement);

        Assert.Equal(HttpStatusCode.OK, posted.StatusCode);
        var cases = await school.GetFromJsonAsync<JsonElement>($"/api/attendance/cases?status=unexplained&date={LastWeekday:yyyy-MM-dd}");
        Assert.Contains(cases.EnumerateArray(), c => c.GetProperty("placementId").GetGuid() == placement);
        var csv = await school.GetStringAsync($"/api/attendance/schools/5c000000-0000-0000-0000-000000000001/register.csv?weekStarting={LastWeekday:yyyy-MM-dd}");
        Assert.Contains($"{upn},{LastWeekday:yyyy-MM-dd},AM,N", csv);
        var logged = await school.GetFromJsonAsync<JsonElement>("/api/attendance/access-log?pageSize=100");
        Assert.Contains(logged.GetProperty("items").EnumerateArray(),
            e => e.GetProperty("routeName").GetString() == "ExportRegister" && e.GetProperty("recordId").GetGuid() == placement);
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
        var placement = await WeekdayMorningPlacementAsync(school, ReferralBodies.Pupil());
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
}
