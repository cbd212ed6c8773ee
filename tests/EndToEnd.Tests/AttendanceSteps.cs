using System.Net;
using System.Net.Http.Json;
using APPlatform.TestSupport;
using APPlatform.TestSupport.ReferralForms;

namespace APPlatform.EndToEnd.Tests;

/// <summary>A running placement with a register to mark, and the provider's return marking the pupil absent.</summary>
public static class AttendanceSteps
{
    public static readonly Guid DemoLearningAcademy = Guid.Parse("9d000000-0000-0000-0000-000000000002");

    public static DateOnly LastWeekday => Enumerable.Range(0, 7).Select(d => ReferralBodies.Today.AddDays(-d))
        .First(d => d.DayOfWeek is not (DayOfWeek.Saturday or DayOfWeek.Sunday));

    /// <summary>
    /// A placement at Demo Learning Academy (registered; the trust's default policy needs no approval) started two
    /// weeks ago, with a session every weekday morning.
    /// </summary>
    public static Task<Guid> WeekdayMorningPlacementAsync(HttpClient school, object pupil)
    {
        var everyWeekday = Enumerable.Range(1, 5).Select(d => (object)new { day = ((DayOfWeek)d).ToString().ToLowerInvariant(), session = "AM", starts = "09:00:00", ends = "12:00:00" }).ToArray();
        return RunningPlatform.StartedPlacementAsync(school, ReferralBodies.Referral(DemoLearningAcademy, start: ReferralBodies.Today.AddDays(-14), timetable: everyWeekday,
            pupil: pupil));
    }

    /// <summary>
    /// The provider's return with the pupil absent on the last weekday morning, once Attendance.Service knows the
    /// placement; retried, as a provider's system would, when it lost a race with the cut-off's missing mark (409).
    /// </summary>
    public static Task<HttpResponseMessage> PostAbsenceAsync(HttpClient provider, Guid placement, string? traceparent = null) =>
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
        }, response => response.StatusCode is not (HttpStatusCode.NotFound or HttpStatusCode.Conflict),
            because: "PlacementStarted should reach Attendance.Service (and a return that meets the cut-off's missing mark is retried)");
}
