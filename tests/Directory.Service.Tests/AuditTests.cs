using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using APPlatform.Contracts.Providers;
using APPlatform.ProviderDirectory.Model.Audits;
using APPlatform.TestSupport;
using APPlatform.TestSupport.DirectoryForms;

namespace APPlatform.ProviderDirectory.Tests;

/// <summary>The audit and risk assessment of the trust policy's Appendix 1: complete, shared within a local authority.</summary>
public sealed class AuditTests(DirectoryService directory) : IClassFixture<DirectoryService>
{
    private static readonly Guid area = Guid.NewGuid();
    private readonly TestCaller localAuthority = TestCaller.LocalAuthority(area);
    private readonly Guid trust = Guid.NewGuid();

    private TestCaller School(Guid? id = null) => TestCaller.School(id ?? Guid.NewGuid(), trust, area);

    [Fact]
    public async Task TheQuestionnaireHoldsEveryQuestionCaveatAndDocumentOfAppendixOne()
    {
        var questionnaire = await directory.As(School()).GetFromJsonAsync<JsonElement>("/api/directory/audits/questionnaire");

        var sections = questionnaire.GetProperty("sections").EnumerateArray().ToDictionary(
            s => s.GetProperty("id").GetString()!, s => s.GetProperty("questions").GetArrayLength());
        Assert.Equal(new Dictionary<string, int> { ["safeguarding"] = 7, ["quality_of_education"] = 6, ["transition"] = 3, ["communication"] = 6 }, sections);
        Assert.Equal(7, questionnaire.GetProperty("unregisteredQuestions").GetArrayLength());
        Assert.Equal(6, questionnaire.GetProperty("unregisteredCaveats").GetArrayLength());
        Assert.Equal(11, questionnaire.GetProperty("policyDocuments").GetArrayLength());
        var agencies = questionnaire.GetProperty("sections")[0].GetProperty("questions")[6].GetProperty("prompts").EnumerateArray().Select(p => p.GetString());
        Assert.Equal(["Social care", "Educational psychology services", "CAMHS", "Youth offending teams", "Drug support services"], agencies);
    }

    [Fact]
    public async Task ANewAuditStartsWithWhatTheDirectoryKnows()
    {
        var provider = await directory.CreateProviderAsync(localAuthority, DirectorySamples.Provider("Prefilled Ltd", profile: DirectorySamples.Profile(["KS3", "KS4"], places: 14)));
        var school = School();

        var started = await directory.As(school).PostAsJsonAsync($"/api/directory/providers/{provider}/audits", new { isPrivate = false });
        var audit = await directory.As(school).GetFromJsonAsync<JsonElement>(started.Headers.Location!.ToString());

        var answers = audit.GetProperty("answers");
        Assert.Equal("draft", audit.GetProperty("audit").GetProperty("status").GetString());
        Assert.Equal("Prefilled Ltd", answers.GetProperty("header").GetProperty("providerName").GetString());
        Assert.Equal("1 Bank Road, Matlock, DE4 3AG", answers.GetProperty("header").GetProperty("address").GetString());
        Assert.Equal("unregistered", answers.GetProperty("registration").GetProperty("status").GetString());
        Assert.True(answers.GetProperty("registration").GetProperty("onLocalAuthorityList").GetBoolean());
        Assert.Equal(14, answers.GetProperty("profile").GetProperty("places").GetInt32());
    }

    [Fact]
    public async Task AnAuditCannotBeCompletedUntilEveryItemIsAnsweredAndSaysWhichAreMissing()
    {
        var provider = await directory.CreateProviderAsync(localAuthority, DirectorySamples.Provider("Half Audited"));
        var school = School();
        var started = await directory.As(school).PostAsJsonAsync($"/api/directory/providers/{provider}/audits", new { });

        var response = await directory.As(school).PostAsync($"{started.Headers.Location}/complete", null);

        var problem = await ProblemAssert.HasStatus(response, HttpStatusCode.UnprocessableEntity);
        Assert.Contains("answers.header.visitedAt", problem.Errors.Keys);
        Assert.Contains("answers.sectionAnswers.safeguarding.external_agencies", problem.Errors.Keys);
        Assert.Contains("answers.unregisteredCaveats.caveat.hours_within_limit", problem.Errors.Keys);
        Assert.Contains("answers.outcome.schoolImprovementTeamInvolvement", problem.Errors.Keys);
        Assert.Contains("answers.documents.single_central_record", problem.Errors.Keys);
    }

    [Fact]
    public async Task AnUnregisteredProviderIsSuitableOnlyWhenEveryCaveatIsSecurelyMet()
    {
        var provider = await directory.CreateProviderAsync(localAuthority, DirectorySamples.Provider("Caveat Centre"));
        var school = directory.As(School());
        var answers = await AuditForm.AnswersAsync(school, registered: false, suitable: true, caveatsMet: false);
        var started = await school.PostAsJsonAsync($"/api/directory/providers/{provider}/audits", new { answers });

        var response = await school.PostAsync($"{started.Headers.Location}/complete", null);

        var problem = await ProblemAssert.HasStatus(response, HttpStatusCode.UnprocessableEntity);
        Assert.Contains("every caveat is securely met", problem.Errors["answers.outcome.suitable"].Single());
    }

    [Fact]
    public async Task ACompletedAuditIsSharedWithTheLocalAuthoritysCommissionersAndAnnounced()
    {
        await using var listener = await TestBus.StartAsync(directory.Servers.Messaging, directory.EntityPrefix);
        var completed = await listener.SubscribeAsync<ProviderAuditCompleted>();
        var provider = await directory.CreateProviderAsync(localAuthority, DirectorySamples.Provider("Shared Audit Skills"));
        var author = School();

        var auditId = await CompletedAudits.CreateAsync(directory, author, provider, registered: false, suitable: true);

        var sameArea = await VisibleAuditsAsync(School(), provider);
        var otherArea = await VisibleAuditsAsync(TestCaller.School(localAuthorityId: Guid.NewGuid()), provider);
        Assert.Equal([auditId], sameArea);
        Assert.Empty(otherArea);
        Assert.Equal([auditId], await VisibleAuditsAsync(localAuthority, provider));
        Assert.Empty(await VisibleAuditsAsync(TestCaller.Provider(provider), provider));
        var announced = await Eventually.Until(() => Task.FromResult(completed.Where(c => c.Message.AuditId == auditId).ToList()), c => c.Count > 0, because: "ProviderAuditCompleted");
        Assert.True(announced.Single().Message is { Suitable: true, IsShared: true });
        Assert.Equal(area, announced.Single().Message.LocalAuthorityId);
    }

    [Fact]
    public async Task APrivateAuditStaysWithItsAuthorAndTrust()
    {
        var provider = await directory.CreateProviderAsync(localAuthority, DirectorySamples.Provider("Private Audit Farm"));
        var author = School();

        var auditId = await CompletedAudits.CreateAsync(directory, author, provider, registered: false, suitable: false, isPrivate: true);

        Assert.Equal([auditId], await VisibleAuditsAsync(author, provider));
        Assert.Equal([auditId], await VisibleAuditsAsync(TestCaller.Trust(trust, area), provider));
        Assert.Empty(await VisibleAuditsAsync(School(), provider));
        Assert.Empty(await VisibleAuditsAsync(localAuthority, provider));
    }

    [Fact]
    public async Task ADraftIsTheAuthorsAloneAndACompletedAuditIsNeverChanged()
    {
        var provider = await directory.CreateProviderAsync(localAuthority, DirectorySamples.Provider("Sealed Audit Ltd", registration: DirectorySamples.Registered("149401")));
        var author = School();
        var draft = await directory.As(author).PostAsJsonAsync($"/api/directory/providers/{provider}/audits", new { });

        var colleague = await directory.As(School()).PutAsJsonAsync(draft.Headers.Location!.ToString(), new { });
        Assert.Equal(HttpStatusCode.NotFound, colleague.StatusCode);

        var auditId = await CompletedAudits.CreateAsync(directory, author, provider, registered: true, suitable: true);
        var change = await directory.As(author).PutAsJsonAsync($"/api/directory/audits/{auditId}", new { isPrivate = true });
        var again = await directory.As(author).PostAsync($"/api/directory/audits/{auditId}/complete", null);

        await ProblemAssert.HasStatus(change, HttpStatusCode.Conflict);
        await ProblemAssert.HasStatus(again, HttpStatusCode.Conflict);
    }

    [Fact]
    public async Task TheSchoolsHeadteacherSignsOffItsCompletedAuditAndTheAuditSaysWhoAndWhen()
    {
        var provider = await directory.CreateProviderAsync(localAuthority, DirectorySamples.Provider("Signed Off Centre"));
        var school = School();
        var auditId = await CompletedAudits.CreateAsync(directory, school, provider, registered: false, suitable: true);

        var signed = await directory.As(school.AsPerson("Sam Head", "headteacher")).PostAsync($"/api/directory/audits/{auditId}/sign-off", null);

        Assert.Equal(HttpStatusCode.OK, signed.StatusCode);
        var audit = (await directory.As(school).GetFromJsonAsync<JsonElement>($"/api/directory/audits/{auditId}")).GetProperty("audit");
        Assert.Equal("Sam Head", audit.GetProperty("signedOffBy").GetString());
        Assert.Equal(directory.Clock.GetUtcNow(), audit.GetProperty("signedOffAt").GetDateTimeOffset(), TimeSpan.FromSeconds(1));
        Assert.Equal("completed", audit.GetProperty("status").GetString());
    }

    [Fact]
    public async Task OnlyTheAuthoringSchoolsHeadteacherSignsOffAndOnlyOnceCompleted()
    {
        var provider = await directory.CreateProviderAsync(localAuthority, DirectorySamples.Provider("Awaiting The Head"));
        var school = School();
        var draft = await directory.As(school).PostAsJsonAsync($"/api/directory/providers/{provider}/audits", new { });
        var auditId = await CompletedAudits.CreateAsync(directory, school, provider, registered: false, suitable: true);

        var ofDraft = await directory.As(school.AsPerson("Sam Head", "headteacher")).PostAsync($"{draft.Headers.Location}/sign-off", null);
        var byApLead = await directory.As(school.AsPerson("Alex Lead", "ap_lead")).PostAsync($"/api/directory/audits/{auditId}/sign-off", null);
        var byAnotherHead = await directory.As(School().AsPerson("Kim Head", "headteacher")).PostAsync($"/api/directory/audits/{auditId}/sign-off", null);

        await ProblemAssert.HasStatus(ofDraft, HttpStatusCode.Conflict);
        await ProblemAssert.HasStatus(byApLead, HttpStatusCode.Forbidden);
        await ProblemAssert.HasStatus(byAnotherHead, HttpStatusCode.Forbidden);
        var audit = (await directory.As(school).GetFromJsonAsync<JsonElement>($"/api/directory/audits/{auditId}")).GetProperty("audit");
        Assert.Equal(JsonValueKind.Null, audit.GetProperty("signedOffAt").ValueKind);
    }

    [Theory]
    [InlineData("provider")]
    [InlineData("platform_admin")]
    public async Task ProvidersAndAdminsDoNotWriteAudits(string organisation)
    {
        var provider = await directory.CreateProviderAsync(localAuthority, DirectorySamples.Provider($"Not Audited By {organisation}"));
        var caller = organisation == "provider" ? TestCaller.Provider(provider) : TestCaller.PlatformAdmin();

        var response = await directory.As(caller).PostAsJsonAsync($"/api/directory/providers/{provider}/audits", new { });

        await ProblemAssert.HasStatus(response, HttpStatusCode.Forbidden);
    }

    [Fact]
    public async Task AnswersToQuestionsTheAuditDoesNotHaveAreRefused()
    {
        var provider = await directory.CreateProviderAsync(localAuthority, DirectorySamples.Provider("Strict Questions"));

        var response = await directory.As(School()).PostAsJsonAsync($"/api/directory/providers/{provider}/audits",
            new { answers = new { sectionAnswers = new[] { new { questionId = "safeguarding.favourite_colour", finding = "Blue" } } } });

        var problem = await ProblemAssert.HasStatus(response, HttpStatusCode.BadRequest);
        Assert.Contains("safeguarding.favourite_colour", problem.Errors["answers.sectionAnswers"].Single());
    }

    [Fact]
    public async Task AnAuditPastItsConfiguredValidityHasExpiredAndIsNoLongerReliedOn()
    {
        // A validity of minus one day makes an audit expire the moment it is completed.
        var settings = new Dictionary<string, string?>(DirectoryService.Settings) { ["Directory:Audits:ValidFor"] = "-1.00:00:00" };
        await using var shortLived = await directory.Servers.StartServiceAsync<Infrastructure.DirectoryDbContext>(
            DirectoryServiceExtensions.DatabaseName, directory.EntityPrefix, settings);
        var expiring = new DirectoryService(directory.Servers, shortLived);
        var provider = await expiring.CreateProviderAsync(localAuthority, DirectorySamples.Provider("Expired Audit Ltd"));
        var school = School();

        var auditId = await CompletedAudits.CreateAsync(expiring, school, provider, registered: false, suitable: true);

        var audit = await shortLived.CreateClient(school).GetFromJsonAsync<JsonElement>($"/api/directory/audits/{auditId}");
        Assert.Equal("expired", audit.GetProperty("audit").GetProperty("status").GetString());
        var page = await shortLived.CreateClient(school).GetFromJsonAsync<JsonElement>("/api/directory/providers?auditOutcome=suitable");
        Assert.Equal(0, page.GetProperty("total").GetInt32());
    }

    private async Task<List<Guid>> VisibleAuditsAsync(TestCaller caller, Guid provider)
    {
        var response = await directory.As(caller).GetAsync($"/api/directory/providers/{provider}/audits");
        return response.IsSuccessStatusCode
            ? (await response.Content.ReadFromJsonAsync<JsonElement>()).EnumerateArray().Select(a => a.GetProperty("id").GetGuid()).ToList()
            : [];
    }
}
