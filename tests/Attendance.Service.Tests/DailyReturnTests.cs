using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using APPlatform.Contracts.Attendance;
using APPlatform.TestSupport;
using Microsoft.EntityFrameworkCore;
using static APPlatform.Attendance.Tests.AttendanceService;

namespace APPlatform.Attendance.Tests;

/// <summary>Providers post their registers; each absence reaches the school as a case; nothing is half-written.</summary>
public sealed class DailyReturnTests(AttendanceService service) : IClassFixture<AttendanceService>
{
    [Fact]
    public async Task ATokenWithoutTheAttendanceScopeIsRefusedByTheServiceItself()
    {
        var school = TestCaller.School();

        var response = await service.As(school.Without("attendance")).GetAsync($"/api/attendance/schools/{school.OrganisationId}/weekly");

        await ProblemAssert.HasStatus(response, HttpStatusCode.Forbidden);
    }

    [Fact]
    public async Task APeriodWhoseFromIsAfterItsToIsRefusedRatherThanAnsweredWithNothing()
    {
        var placement = await service.PlacementAsync();
        var school = service.As(SchoolOf(placement));
        var backwards = $"from={Today:yyyy-MM-dd}&to={Today.AddDays(-7):yyyy-MM-dd}";

        var summary = await school.GetAsync($"/api/attendance/summaries/placements/{placement.PlacementId}?{backwards}");
        var marks = await school.GetAsync($"/api/attendance/placements/{placement.PlacementId}/marks?{backwards}");

        Assert.Contains("from", (await ProblemAssert.HasStatus(summary, HttpStatusCode.BadRequest)).Errors.Keys);
        Assert.Contains("from", (await ProblemAssert.HasStatus(marks, HttpStatusCode.BadRequest)).Errors.Keys);
    }

    [Fact]
    public async Task AReturnRecordsEveryMarkWithTheCodeItsRegistrationModeImpliesAndOpensACaseForTheAbsence()
    {
        var reported = await service.Bus.SubscribeAsync<AbsenceReported>();
        var provider = Guid.NewGuid();
        var approved = await service.PlacementAsync(provider);
        var dual = await service.PlacementAsync(provider, registrationMode: "dual");
        var laArranged = await service.PlacementAsync(provider, registrationMode: "la_arranged");
        var absent = await service.PlacementAsync(provider);

        var response = await service.PostReturnAsync(TestCaller.Provider(provider), Today,
            Mark(approved, "present"), Mark(dual, "late", minutesLate: 12), Mark(laArranged, "present"), Mark(absent, "absent", reason: "Mum rang: unwell"));

        await OkAsync(response);
        var codes = (await response.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("marks").EnumerateArray().ToDictionary(
            m => m.GetProperty("placementId").GetGuid(), m => m.GetProperty("code").GetString());
        Assert.Equal("B", codes[approved.PlacementId]);
        Assert.Equal("D", codes[dual.PlacementId]);
        Assert.Equal("K", codes[laArranged.PlacementId]);
        Assert.Equal("N", codes[absent.PlacementId]);
        var cases = await service.As(SchoolOf(absent)).GetFromJsonAsync<JsonElement>("/api/attendance/cases?status=unexplained");
        var opened = Assert.Single(cases.EnumerateArray());
        Assert.Equal(Today.ToString("yyyy-MM-dd"), opened.GetProperty("date").GetString());
        await Eventually.Until(() => Task.FromResult(reported.Count(e => e.Message.PlacementId == absent.PlacementId)), n => n == 1, because: "AbsenceReported over RabbitMQ");
    }

    [Fact]
    public async Task ACorrectionKeepsTheEarlierVersionAndClosesTheCase()
    {
        var placement = await service.PlacementAsync();
        await OkAsync(await service.PostReturnAsync(ProviderOf(placement), Today, Mark(placement, "absent")));

        await OkAsync(await service.PostReturnAsync(ProviderOf(placement), Today, Mark(placement, "late", minutesLate: 40)));

        var mark = (await service.As(SchoolOf(placement)).GetFromJsonAsync<JsonElement>($"/api/attendance/placements/{placement.PlacementId}/marks")).EnumerateArray().Single();
        Assert.Equal(2, mark.GetProperty("version").GetInt32());
        Assert.Equal(["absent", "late"], mark.GetProperty("history").EnumerateArray().Select(v => v.GetProperty("status").GetString()));
        Assert.All(mark.GetProperty("history").EnumerateArray(), v => Assert.StartsWith("test-provider-", v.GetProperty("recordedBy").GetString()));
        var cases = await service.As(SchoolOf(placement)).GetFromJsonAsync<JsonElement>("/api/attendance/cases");
        Assert.Equal("closed", cases.EnumerateArray().Single().GetProperty("status").GetString());
    }

    [Fact]
    public async Task TheSameKeyAndBodyGetTheSameAnswerADifferentBody422AndNoKey400()
    {
        var placement = await service.PlacementAsync();
        var client = service.As(ProviderOf(placement));
        HttpRequestMessage Post(object body, string? key) => new(HttpMethod.Post, "/api/attendance/returns")
        {
            Content = JsonContent.Create(body),
            Headers = { { "Idempotency-Key", key ?? Guid.NewGuid().ToString() } },
        };
        var body = new { date = Today.ToString("yyyy-MM-dd"), marks = new[] { Mark(placement, "absent") } };

        var first = await client.SendAsync(Post(body, "return-1"));
        var replay = await client.SendAsync(Post(body, "return-1"));
        var different = await client.SendAsync(Post(new { date = Today.ToString("yyyy-MM-dd"), marks = new[] { Mark(placement, "present") } }, "return-1"));
        var noKey = await client.PostAsJsonAsync("/api/attendance/returns", body);

        Assert.Equal(HttpStatusCode.OK, first.StatusCode);
        Assert.Equal(await first.Content.ReadAsStringAsync(), await replay.Content.ReadAsStringAsync());
        Assert.True(replay.Headers.Contains("Idempotent-Replayed"));
        await ProblemAssert.HasStatus(different, HttpStatusCode.UnprocessableEntity);
        await ProblemAssert.HasStatus(noKey, HttpStatusCode.BadRequest);
        Assert.Equal(1, await service.WithDbAsync(db => db.AbsenceCases.CountAsync(c => c.PlacementId == placement.PlacementId)));
    }

    [Fact]
    public async Task TwoIdenticalRequestsAtOnceRecordTheMarkOnce()
    {
        var placement = await service.PlacementAsync();
        var client = service.As(ProviderOf(placement));
        var body = new { date = Today.ToString("yyyy-MM-dd"), marks = new[] { Mark(placement, "absent", "PM") } };

        var responses = await Task.WhenAll(Enumerable.Range(0, 2).Select(_ => client.SendAsync(new HttpRequestMessage(HttpMethod.Post, "/api/attendance/returns")
        {
            Content = JsonContent.Create(body),
            Headers = { { "Idempotency-Key", "at-once" } },
        })));

        Assert.Contains(responses, r => r.StatusCode == HttpStatusCode.OK);
        Assert.All(responses, r => Assert.True(r.StatusCode is HttpStatusCode.OK or HttpStatusCode.Conflict, r.StatusCode.ToString()));
        Assert.Equal(1, await service.WithDbAsync(db => db.Marks.CountAsync(m => m.PlacementId == placement.PlacementId)));
        Assert.Equal(1, await service.WithDbAsync(db => db.AbsenceCases.CountAsync(c => c.PlacementId == placement.PlacementId)));
    }

    [Fact]
    public async Task OnlyTheProviderOfEveryPlacementMayPostAndAnotherProvidersPlacementRefusesTheWholeReturn()
    {
        var mine = await service.PlacementAsync();
        var theirs = await service.PlacementAsync();

        var mixed = await service.PostReturnAsync(ProviderOf(mine), Today, Mark(mine, "present"), Mark(theirs, "present"));
        var school = await service.PostReturnAsync(SchoolOf(mine), Today, Mark(mine, "present"));
        var localAuthority = await service.PostReturnAsync(TestCaller.LocalAuthority(), Today, Mark(mine, "present"));

        var problem = await ProblemAssert.HasStatus(mixed, HttpStatusCode.NotFound);
        Assert.Contains(theirs.PlacementId.ToString(), problem.Detail);
        await ProblemAssert.HasStatus(school, HttpStatusCode.Forbidden);
        await ProblemAssert.HasStatus(localAuthority, HttpStatusCode.Forbidden);
        Assert.Equal(0, await service.WithDbAsync(db => db.Marks.CountAsync(m => m.PlacementId == mine.PlacementId)));
        await ProblemAssert.HasStatus(await service.As(ProviderOf(theirs)).GetAsync($"/api/attendance/placements/{mine.PlacementId}/marks"), HttpStatusCode.NotFound);
    }

    /// <summary>
    /// The two ways a rule refuses a return reach the provider as a 422 naming the field: the date (the correction
    /// window, checked first) and a mark (ReturnedMarks). Each rule's cases are in memory (Attendance.Model.Tests).
    /// </summary>
    [Theory]
    [InlineData("future", "date")]
    [InlineData("twice", "marks[1]")]
    public async Task AMarkTheRulesRefuseSaysWhyAndNothingIsRecorded(string rule, string field)
    {
        var placement = await service.PlacementAsync(start: Today.AddDays(-10), end: Today.AddDays(-2));
        var (date, marks) = rule switch
        {
            "future" => (Today.AddDays(1), new[] { Mark(placement, "present") }),
            _ => (Today.AddDays(-3), new[] { Mark(placement, "present"), Mark(placement, "absent") }),
        };

        var response = await service.PostReturnAsync(ProviderOf(placement), date, marks);

        var problem = await ProblemAssert.HasStatus(response, HttpStatusCode.UnprocessableEntity);
        Assert.True(problem.Errors.ContainsKey(field), string.Join(", ", problem.Errors.Keys));
        Assert.Equal(0, await service.WithDbAsync(db => db.Marks.CountAsync(m => m.PlacementId == placement.PlacementId)));
    }

    [Fact]
    public async Task ASessionNotOnTheTimetableIsRefused()
    {
        var placement = await service.PlacementAsync();
        await service.Bus.PublishAsync(new Contracts.Placements.PlacementChanged(placement with
        {
            Timetable = placement.Timetable.Where(s => s.Session == "AM").ToList(),
        }, DateTimeOffset.UtcNow));
        await Eventually.Until(() => service.WithDbAsync(db => db.Placements.SingleAsync(p => p.PlacementId == placement.PlacementId)), p => p.Timetable.Count == 7,
            because: "PlacementChanged should arrive");

        var response = await service.PostReturnAsync(ProviderOf(placement), Today, Mark(placement, "present", "PM"));

        var problem = await ProblemAssert.HasStatus(response, HttpStatusCode.UnprocessableEntity);
        Assert.Contains("not timetabled", problem.Errors["marks[0]"][0]);
    }

    /// <summary>
    /// A malformed body, and a field a request declares wrong (here inside a mark, so the name is the nested one), answer
    /// 400. What each request declares is tested field by field in memory (RequestValidationTests).
    /// </summary>
    [Theory]
    [InlineData("{\"date\": \"2026-12-01\", \"marks\": [{\"placementId\": \"00000000-0000-0000-0000-000000000001\", \"session\": \"AM\", \"status\": \"missing\"}]}", "marks[0].status")]
    [InlineData("{\"date\": \"not a date\"", "")]
    public async Task BadInputAnswers400NamingTheField(string json, string field)
    {
        var response = await service.As(TestCaller.Provider()).SendAsync(new HttpRequestMessage(HttpMethod.Post, "/api/attendance/returns")
        {
            Content = new StringContent(json, System.Text.Encoding.UTF8, "application/json"),
            Headers = { { "Idempotency-Key", Guid.NewGuid().ToString() } },
        });

        var problem = await ProblemAssert.HasStatus(response, HttpStatusCode.BadRequest);
        Assert.True(field == "" || problem.Errors.Keys.Any(k => k.Contains(field, StringComparison.OrdinalIgnoreCase)), string.Join(", ", problem.Errors.Keys));
    }
}
