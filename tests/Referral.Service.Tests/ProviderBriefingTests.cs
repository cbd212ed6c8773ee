using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using APPlatform.Contracts.Placements;
using APPlatform.Referrals.Apis;
using APPlatform.ServiceDefaults.AccessLog;
using APPlatform.ServiceDefaults.Authentication;
using APPlatform.ServiceDefaults.Messaging.Outbox;
using APPlatform.TestSupport;
using Microsoft.EntityFrameworkCore;

namespace APPlatform.Referrals.Tests;

/// <summary>
/// Trust policy §10.4–§10.8, §11, §12: the school's DSL and SENCO share what the provider must know; the provider's
/// people read it; each read is logged and the school sees it; none of it leaves the platform.
/// </summary>
public sealed class ProviderBriefingTests(ReferralService service) : IClassFixture<ReferralService>
{
    [Fact]
    public async Task TheProviderReadsWhatTheDslAndSencoSharedAndTheSchoolSeesEachRead()
    {
        var (journey, provider) = await PlannedAsync();
        var marker = $"Social worker Jo Smith {Guid.NewGuid():N}";
        var dsl = service.As(journey.School.AsPerson("Dana Safe", PersonRoles.DesignatedSafeguardingLead));
        var senco = service.As(journey.School.AsPerson("Sam Senco", PersonRoles.Senco));

        await ReferralService.OkAsync(await dsl.PutAsJsonAsync(Briefing(journey, "safeguarding"),
            new { summary = marker, lawfulBasis = "safeguarding_children" }));
        var shared = await ReferralService.OkAsync(await senco.PutAsJsonAsync(Briefing(journey, "send"),
            new { summary = "Dyslexia; EHC plan outcomes 1 to 3", whatWorks = "Short tasks, a visual timetable", lawfulBasis = "statutory_purpose" }));
        Assert.Equal(["send", "safeguarding"], Topics(shared));
        Assert.Equal(2, (await service.QueuedEventsAsync<ProviderBriefingShared>()).Count(e => e.PlacementId == journey.PlacementId));

        var rita = provider.AsPerson("Rita Register", PersonRoles.RegisterStaff);
        var registerStaff = service.As(rita);
        var read = await ReferralService.OkAsync(await registerStaff.GetAsync(Briefing(journey)));
        Assert.Equal(marker, Section(read, "safeguarding").GetProperty("summary").GetString());
        Assert.Equal("Short tasks, a visual timetable", Section(read, "send").GetProperty("whatWorks").GetString());
        Assert.NotEmpty(read.GetProperty("objectives").EnumerateArray());
        Assert.False(string.IsNullOrEmpty(read.GetProperty("pastoralContact").GetProperty("name").GetString()));
        Assert.Equal(JsonValueKind.Null, read.GetProperty("providerReads").ValueKind);

        var apLead = await ReferralService.OkAsync(await service.As(journey.School.AsPerson("Alex Lead", PersonRoles.ApLead)).GetAsync(Briefing(journey)));
        var providerRead = Assert.Single(apLead.GetProperty("providerReads").EnumerateArray());
        Assert.Equal((rita.Person!.Id.ToString(), "Rita Register"), (providerRead.GetProperty("personId").GetString(), providerRead.GetProperty("personName").GetString()));
        Assert.True(Section(apLead, "safeguarding").GetProperty("withheld").GetBoolean());
        Assert.Equal(["risk_assessment"], apLead.GetProperty("mayShare").EnumerateArray().Select(t => t.GetString()));
        Assert.Empty(read.GetProperty("mayShare").EnumerateArray());
        Assert.Equal(JsonValueKind.Null, Section(apLead, "safeguarding").GetProperty("summary").ValueKind);

        var logged = await service.WithDbAsync(db => db.Set<AccessLogEntry>()
            .Where(e => e.RecordKind == ProviderBriefingApi.LoggedKind && e.RecordId == journey.PlacementId && e.Action == AccessAction.Read).ToListAsync());
        Assert.Contains(logged, e => e.OrganisationId == provider.OrganisationId && e.RouteName == nameof(ProviderBriefingApi.ReadBriefing));

        var subjectAccess = await ReferralService.OkAsync(await journey.Client.GetAsync($"/api/referrals/pupils/{read.GetProperty("pupilId")}/subject-access"));
        Assert.Equal(["send", "safeguarding"], Topics(Assert.Single(subjectAccess.GetProperty("providerBriefings").EnumerateArray())));
    }

    [Fact]
    public async Task NothingSharedLeavesThePlatformInAnEvent()
    {
        var (journey, provider) = await PlannedAsync();
        var marker = $"Allergic to peanuts {Guid.NewGuid():N}";
        await ReferralService.OkAsync(await journey.Client.PutAsJsonAsync(Briefing(journey, "medical"), new { summary = marker, lawfulBasis = "explicit_consent" }));
        await ReferralService.OkAsync(await service.As(provider).GetAsync(Briefing(journey)));
        await journey.NotifyAsync();
        await ReferralService.OkAsync(await journey.StartAsync());

        var bodies = await service.WithDbAsync(db => db.Set<OutboxMessage>().Select(m => m.Body).ToListAsync());
        Assert.Contains(bodies, body => body.Contains(journey.PlacementId.ToString()));
        Assert.DoesNotContain(bodies, body => body.Contains(marker));
    }

    [Fact]
    public async Task OnlyThoseTheRulesNameShareOrReadIt()
    {
        var (journey, provider) = await PlannedAsync();
        var body = new { summary = "Needs a quiet room", lawfulBasis = "safeguarding_children" };

        await ProblemAssert.HasStatus(await service.As(journey.School.AsPerson("Ali Attendance", PersonRoles.AttendanceLead))
            .PutAsJsonAsync(Briefing(journey, "safeguarding"), body), HttpStatusCode.Forbidden);
        await ProblemAssert.HasStatus(await service.As(provider).PutAsJsonAsync(Briefing(journey, "safeguarding"), body), HttpStatusCode.NotFound);
        await ProblemAssert.HasStatus(await service.As(journey.School.AsPerson("Ali Attendance", PersonRoles.AttendanceLead)).GetAsync(Briefing(journey)),
            HttpStatusCode.Forbidden);
        await ProblemAssert.HasStatus(await service.As(TestCaller.Trust(journey.School.TrustId)).GetAsync(Briefing(journey)), HttpStatusCode.NotFound);
        await ProblemAssert.HasStatus(await service.As(TestCaller.Provider()).GetAsync(Briefing(journey)), HttpStatusCode.NotFound);
        await ProblemAssert.HasStatus(await service.As(provider.AsPerson("Adam Admin", PersonRoles.Administrator)).GetAsync(Briefing(journey)),
            HttpStatusCode.NotFound);
    }

    [Fact]
    public async Task ABadTopicOrBasisIsRefusedAndNothingIsWritten()
    {
        var (journey, _) = await PlannedAsync();

        var topic = await ProblemAssert.HasStatus(await journey.Client.PutAsJsonAsync(Briefing(journey, "hobbies"),
            new { summary = "Football", lawfulBasis = "public_task" }), HttpStatusCode.BadRequest);
        Assert.Contains("topic", topic.Errors.Keys);
        var basis = await ProblemAssert.HasStatus(await journey.Client.PutAsJsonAsync(Briefing(journey, "medical"),
            new { summary = "Asthma", lawfulBasis = "public_task" }), HttpStatusCode.UnprocessableEntity);
        Assert.Contains("Art. 9", basis.Detail);

        var read = await ReferralService.OkAsync(await journey.Client.GetAsync(Briefing(journey)));
        Assert.Empty(read.GetProperty("sections").EnumerateArray());
    }

    /// <summary>A placement planned and shared with its provider (listed, audited), not yet notified or started.</summary>
    private async Task<(Journey Journey, TestCaller Provider)> PlannedAsync()
    {
        var school = Journey.NewSchool();
        var providerId = await service.ProviderAsync(auditor: school);
        return (await new Journey(service, school, providerId).PlannedAsync(), TestCaller.Provider(providerId));
    }

    private static string Briefing(Journey journey, string? topic = null) =>
        $"/api/placements/{journey.PlacementId}/briefing" + (topic is null ? "" : $"/{topic}");

    private static List<string?> Topics(JsonElement briefing) =>
        [.. briefing.GetProperty("sections").EnumerateArray().Select(s => s.GetProperty("topic").GetString())];

    private static JsonElement Section(JsonElement briefing, string topic) =>
        briefing.GetProperty("sections").EnumerateArray().Single(s => s.GetProperty("topic").GetString() == topic);
}
