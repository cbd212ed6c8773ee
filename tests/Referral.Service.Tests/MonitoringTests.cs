using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using APPlatform.Contracts.Placements;
using APPlatform.TestSupport;
using APPlatform.TestSupport.ReferralForms;

namespace APPlatform.Referrals.Tests;

/// <summary>A running placement's monitoring (trust policy §7, §12): reviews, reports, formal reviews, incidents, changes.</summary>
public sealed class MonitoringTests(ReferralService service) : IClassFixture<ReferralService>
{
    [Fact]
    public async Task AnAgreementReviewNotHeldRaisesDueThenOverdueAndAReviewResetsTheClock()
    {
        var journey = await ActiveAsync(start: ReferralBodies.Today.AddDays(-100));

        // The review fell due 16 days ago and has been overdue since 9 days ago.
        await service.RunDueDeadlinesAsync();
        var events = (await service.QueuedEventsAsync<PlacementReviewDue>()).Where(e => e.PlacementId == journey.PlacementId).ToList();
        Assert.Equal([false, true], events.OrderBy(e => e.Overdue).Select(e => e.Overdue));
        Assert.All(events, e => Assert.Equal((ReferralBodies.Today.AddDays(-16), "agreement", journey.School.OrganisationId), (e.DueOn, e.Kind, e.CommissionerId)));

        await ReferralService.OkAsync(await ReviewAsync(journey, "agreement", improved: null));
        var next = await service.WithDbAsync(db => Task.FromResult(db.Set<ServiceDefaults.Scheduling.Deadline>()
            .Where(d => d.Kind == "agreement-review" && d.Subject.StartsWith(journey.PlacementId.ToString()) && d.FiredAt == null).ToList()));
        Assert.Equal(ReferralBodies.Today.AddDays(84), DateOnly.FromDateTime(Assert.Single(next).DueAt.UtcDateTime));
    }

    [Fact]
    public async Task TheTermlyReportIsRequestedAtTheStartSubmittedByTheProviderAndTheNextTermsIsRequested()
    {
        var reports = await service.Bus.SubscribeAsync<ProviderReportStatusChanged>();
        var journey = await ActiveAsync(start: ReferralBodies.Today.AddDays(-10));
        var provider = service.As(TestCaller.Provider(journey.ProviderId));

        var requested = (await provider.GetFromJsonAsync<JsonElement>($"/api/placements/{journey.PlacementId}/reports")).EnumerateArray().Single();
        Assert.Equal("requested", requested.GetProperty("status").GetString());
        var submitted = await ReferralService.OkAsync(await provider.PostAsJsonAsync($"/api/placements/{journey.PlacementId}/reports/{requested.GetProperty("id")}",
            new { progress = "Good progress in construction level 1.", behaviour = "Settled; one minor incident.", welfare = "Happy, eating well.", submittedBy = "Morgan Manager" }));

        Assert.Equal("submitted", submitted.GetProperty("status").GetString());
        var stages = await Eventually.Until(() => Task.FromResult(reports.Where(e => e.Message.PlacementId == journey.PlacementId).Select(e => (e.Message.Term, e.Message.Stage)).ToList()),
            e => e.Count == 3, because: "requested, submitted, and the next term's requested");
        Assert.Contains((requested.GetProperty("term").GetString()!, "submitted"), stages);
        Assert.Equal(2, stages.Count(s => s.Stage == "requested"));
        await ProblemAssert.HasStatus(await service.As(TestCaller.Provider()).PostAsJsonAsync($"/api/placements/{journey.PlacementId}/reports/{requested.GetProperty("id")}",
            new { progress = "x", behaviour = "x", welfare = "x", submittedBy = "x" }), HttpStatusCode.NotFound);
    }

    [Fact]
    public async Task AReportNotSubmittedRaisesDueAndThenOverdue()
    {
        var journey = await ActiveAsync(start: ReferralBodies.Today.AddDays(-30));

        var request = await journey.Client.PostAsJsonAsync($"/api/placements/{journey.PlacementId}/report-requests",
            new { term = "Half-term check", dueOn = ReferralBodies.Today.AddDays(-8).ToString("yyyy-MM-dd") });
        await service.RunDueDeadlinesAsync();

        Assert.Equal(HttpStatusCode.Created, request.StatusCode);
        var stages = (await service.QueuedEventsAsync<ProviderReportStatusChanged>()).Where(e => e.PlacementId == journey.PlacementId && e.Term == "Half-term check")
            .Select(e => e.Stage);
        Assert.Equal(["due", "overdue", "requested"], stages.Order());
    }

    [Fact]
    public async Task AfterThreeFormalReviewsWithoutImprovementEndingBecomesAvailableAndIsAnnouncedOnce()
    {
        var available = await service.Bus.SubscribeAsync<PlacementEndingAvailable>();
        var journey = await ActiveAsync(start: ReferralBodies.Today.AddDays(-60));

        await ReferralService.OkAsync(await ReviewAsync(journey, "formal", improved: false));
        await ReferralService.OkAsync(await ReviewAsync(journey, "formal", improved: true));
        await ReferralService.OkAsync(await ReviewAsync(journey, "formal", improved: false));
        await ReferralService.OkAsync(await ReviewAsync(journey, "formal", improved: false));
        var early = await EndAsync(journey, "three_failed_reviews");
        var third = await ReferralService.OkAsync(await ReviewAsync(journey, "formal", improved: false));
        await ReferralService.OkAsync(await ReviewAsync(journey, "formal", improved: false));

        var problem = await ProblemAssert.HasStatus(early, HttpStatusCode.Conflict);
        Assert.Contains("there have been 2", problem.Detail);
        Assert.True(third.GetProperty("mayEndForLackOfProgress").GetBoolean());
        Assert.Equal(3, third.GetProperty("formalReviewsWithoutImprovement").GetInt32());
        await Eventually.Until(() => Task.FromResult(available.Count(e => e.Message.PlacementId == journey.PlacementId)), n => n > 0, because: "PlacementEndingAvailable");
        // Every review above has been answered, so any event it raised is already in the outbox.
        Assert.Single(await service.QueuedEventsAsync<PlacementEndingAvailable>(), e => e.PlacementId == journey.PlacementId);
        Assert.Equal(HttpStatusCode.OK, (await EndAsync(journey, "three_failed_reviews")).StatusCode);
    }

    [Fact]
    public async Task AProvidersSeriousIncidentReachesTheSchoolWhichAcknowledgesIt()
    {
        var incidents = await service.Bus.SubscribeAsync<SeriousIncidentReported>();
        var journey = await ActiveAsync();
        var provider = service.As(TestCaller.Provider(journey.ProviderId));

        var reported = await provider.PostAsJsonAsync($"/api/placements/{journey.PlacementId}/incidents", new
        {
            occurredAt = DateTimeOffset.UtcNow.AddHours(-1), category = "behaviour", summary = "Threw a tool across the workshop; no one hurt.",
            actionTaken = "Removed from the workshop; calmed with a mentor.", reportedBy = "Morgan Manager",
        });
        var incidentId = (await service.CreatedIdAsync(reported));
        var acknowledged = await ReferralService.OkAsync(await journey.Client.PostAsJsonAsync($"/api/placements/{journey.PlacementId}/incidents/{incidentId}/acknowledge",
            new { response = "AP Lead called home; restorative meeting Friday." }));

        var incident = acknowledged.GetProperty("incidents").EnumerateArray().Single();
        Assert.Equal("AP Lead called home; restorative meeting Friday.", incident.GetProperty("schoolResponse").GetString());
        var message = (await Eventually.Until(() => Task.FromResult(incidents.Where(e => e.Message.PlacementId == journey.PlacementId).ToList()), e => e.Count > 0,
            because: "SeriousIncidentReported")).Single().Message;
        Assert.Equal("behaviour", message.Category);
        await ProblemAssert.HasStatus(await journey.Client.PostAsJsonAsync($"/api/placements/{journey.PlacementId}/incidents",
            new { occurredAt = DateTimeOffset.UtcNow, category = "other", summary = "Schools do not report incidents here.", reportedBy = "School" }), HttpStatusCode.Forbidden);
    }

    [Fact]
    public async Task AnIncidentsDetailIsForTheSchoolsDslAndHeadteacherAndThoseItNamesAmongItsPeople()
    {
        var journey = await ActiveAsync();
        await service.CreatedIdAsync(await service.As(TestCaller.Provider(journey.ProviderId).AsPerson("Morgan Manager", "manager"))
            .PostAsJsonAsync($"/api/placements/{journey.PlacementId}/incidents", new
            {
                occurredAt = DateTimeOffset.UtcNow.AddHours(-1), category = "safeguarding", summary = "Disclosed worries about home to a mentor.",
                actionTaken = "Mentor wrote it down and called the school's DSL.", reportedBy = "Morgan Manager",
            }));

        async Task<JsonElement> IncidentAs(TestCaller caller) =>
            (await ReferralService.OkAsync(await service.As(caller).GetAsync($"/api/placements/{journey.PlacementId}")))
            .GetProperty("incidents").EnumerateArray().Single();

        var dsl = await IncidentAs(journey.School.AsPerson("Dana Safeguarding", "dsl"));
        var apLead = await IncidentAs(journey.School.AsPerson("Alex Lead", "ap_lead", "attendance_lead"));
        var namedSenco = await IncidentAs(journey.School.AsPerson("Sam Named", "senco").NamedForSafeguarding());
        var schoolSystem = await IncidentAs(journey.School);

        Assert.Equal("Disclosed worries about home to a mentor.", dsl.GetProperty("summary").GetString());
        Assert.False(dsl.GetProperty("detailWithheld").GetBoolean());
        Assert.True(apLead.GetProperty("detailWithheld").GetBoolean());
        Assert.DoesNotContain("worries", apLead.GetRawText());
        Assert.Equal("safeguarding", apLead.GetProperty("category").GetString());
        Assert.Equal("Disclosed worries about home to a mentor.", namedSenco.GetProperty("summary").GetString());
        Assert.Equal("Disclosed worries about home to a mentor.", schoolSystem.GetProperty("summary").GetString());
    }

    [Fact]
    public async Task ChangingARunningPlacementsTimetablePublishesPlacementChanged()
    {
        var changed = await service.Bus.SubscribeAsync<PlacementChanged>();
        var journey = await ActiveAsync();

        await ReferralService.OkAsync(await journey.Client.PutAsJsonAsync($"/api/placements/{journey.PlacementId}/arrangements", new
        {
            timetable = ReferralBodies.Timetable(mornings: 5),
            plannedEndDate = ReferralBodies.Today.AddDays(120).ToString("yyyy-MM-dd"),
            isSoleProvision = true,
            pastoralContact = new { name = "Pat Pastoral", role = "Head of Year 10" },
            costPerWeek = 450,
        }));

        var message = (await Eventually.Until(() => Task.FromResult(changed.Where(e => e.Message.Placement.PlacementId == journey.PlacementId).ToList()), e => e.Count > 0,
            because: "PlacementChanged")).Single().Message.Placement;
        Assert.Equal(15m, message.HoursPerWeek);
        Assert.True(message.IsFullTime);
    }

    [Fact]
    public async Task ThePupilReturnsOnlyWithTheFinalReportTheirViewsAndAReintegrationPlan()
    {
        var ended = await service.Bus.SubscribeAsync<PlacementEnded>();
        var journey = await ActiveAsync(start: ReferralBodies.Today.AddDays(-60));

        var tooEarly = await EndAsync(journey, "reintegrated", pupilViews: null);
        var problem = await ProblemAssert.HasStatus(tooEarly, HttpStatusCode.UnprocessableEntity);
        Assert.Contains("the provider's final report, the pupil's views, the reintegration plan", problem.Detail);

        var ending = await ReferralService.OkAsync(await journey.Client.PutAsJsonAsync($"/api/placements/{journey.PlacementId}/reintegration-plan", new
        {
            meetingOn = ReferralBodies.Today.ToString("yyyy-MM-dd"),
            objectives = new[] { new { description = "Full timetable at school", measure = "Attendance 95%" } },
            support = "Mentor daily for the first month.",
        }));
        Assert.Equal("ending", ending.GetProperty("status").GetString());
        await ReferralService.OkAsync(await service.As(TestCaller.Provider(journey.ProviderId)).PutAsJsonAsync($"/api/placements/{journey.PlacementId}/final-report", new
        {
            attainment = "Level 1 construction certificate.", progress = "Strong.", attendance = "94% of sessions.", behaviour = "No incidents since October.", submittedBy = "Morgan Manager",
        }));
        var done = await ReferralService.OkAsync(await EndAsync(journey, "reintegrated", pupilViews: "I liked the practical work and feel ready to go back."));

        Assert.Equal("ended", done.GetProperty("status").GetString());
        Assert.Equal("returned_to_home_school", done.GetProperty("destination").GetString());
        var message = (await Eventually.Until(() => Task.FromResult(ended.Where(e => e.Message.PlacementId == journey.PlacementId).ToList()), e => e.Count > 0,
            because: "PlacementEnded")).Single().Message;
        Assert.Equal("reintegrated", message.Reason);
    }

    private async Task<ActiveJourney> ActiveAsync(DateOnly? start = null)
    {
        var school = Journey.NewSchool();
        var provider = await service.ProviderAsync(registered: true, auditor: school);
        var journey = await new Journey(service, school, provider).ReferAsync(ReferralBodies.Referral(provider, start: start));
        await journey.ApproveAsync();
        await journey.PlanAndAgreeAsync();
        await journey.PlanPlacementAsync();
        await journey.NotifyAsync();
        await ReferralService.OkAsync(await journey.StartAsync());
        return new ActiveJourney(journey.Client, journey.PlacementId, provider, school);
    }

    private static Task<HttpResponseMessage> ReviewAsync(ActiveJourney journey, string kind, bool? improved) =>
        journey.Client.PostAsJsonAsync($"/api/placements/{journey.PlacementId}/reviews", new
        {
            kind,
            heldOn = ReferralBodies.Today.ToString("yyyy-MM-dd"),
            attendees = new[] { new { name = "Alex Lead", role = "AP Lead" }, new { name = "Sam Example", role = "Parent" } },
            progress = "Attendance 80%; engaging in practical work.",
            outcome = "Continue; review the timetable.",
            improved,
        });

    private static Task<HttpResponseMessage> EndAsync(ActiveJourney journey, string reason, string? pupilViews = "Views recorded.") =>
        journey.Client.PostAsJsonAsync($"/api/placements/{journey.PlacementId}/end", new
        {
            reason, endedOn = ReferralBodies.Today.ToString("yyyy-MM-dd"), pupilViews, destination = "returned_to_home_school",
        });

    private sealed record ActiveJourney(HttpClient Client, Guid PlacementId, Guid ProviderId, TestCaller School);
}
