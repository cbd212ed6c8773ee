using APPlatform.ProviderDirectory.Model.Audits;
using APPlatform.ServiceDefaults.Authentication;
using APPlatform.ServiceDefaults.Errors;

namespace APPlatform.ProviderDirectory.Model.Tests;

/// <summary>Trust policy §7, Appendix 1: a completed audit is relied on for its validity and not after, in memory.</summary>
public sealed class AuditValidityTests
{
    private static readonly DateTimeOffset CompletedAt = new(2027, 1, 13, 15, 0, 0, TimeSpan.Zero);
    private static readonly Caller School = Callers.Of(OrganisationType.School, localAuthorityId: Guid.NewGuid());

    [Fact]
    public void AnAuditIsValidForAYearFromItsCompletion() =>
        Assert.Equal(new DateOnly(2028, 1, 13), AuditValidity.LastValidDay(CompletedAt, TimeSpan.FromDays(365)));

    [Fact]
    public void ADraftIsNeverReliedOn()
    {
        var draft = AuditRiskAssessment.Start(Guid.NewGuid(), Guid.NewGuid(), School, false, new AuditAnswers(), CompletedAt);

        Assert.Equal(AuditStatus.Draft, draft.StatusOn(new DateOnly(2027, 1, 13)));
        Assert.False(draft.ReliedOn(new DateOnly(2027, 1, 13)));
    }

    [Fact]
    public void AnIncompleteAuditIsNotCompletedAndSaysWhatIsMissing()
    {
        var draft = AuditRiskAssessment.Start(Guid.NewGuid(), Guid.NewGuid(), School, false, new AuditAnswers(), CompletedAt);

        var missing = draft.Complete(providerIsRegistered: true, School, CompletedAt, TimeSpan.FromDays(365));

        Assert.Contains("answers.outcome.suitable", missing.Keys);
        Assert.Null(draft.ValidUntil);
    }

    [Fact]
    public void OnlyItsAuthorChangesADraft()
    {
        var draft = AuditRiskAssessment.Start(Guid.NewGuid(), Guid.NewGuid(), School, false, new AuditAnswers(), CompletedAt);

        Assert.Throws<NotPermittedException>(() => draft.Revise(new AuditAnswers(), true, School with { OrganisationId = Guid.NewGuid() }, CompletedAt));
        Assert.False(draft.IsPrivate);
    }

    [Fact]
    public void OnlySchoolsTrustsAndLocalAuthoritiesWriteAudits() =>
        Assert.Throws<NotPermittedException>(() =>
            AuditRiskAssessment.Start(Guid.NewGuid(), Guid.NewGuid(), School with { OrganisationType = OrganisationType.Provider }, false, new AuditAnswers(), CompletedAt));

    [Theory]
    [InlineData("2027-01-13T15:00:00+00:00", 365, "2028-01-13")]
    [InlineData("2027-01-13T23:59:00+00:00", 365, "2028-01-13")]
    [InlineData("2027-01-14T00:30:00+01:00", 365, "2028-01-13")]
    [InlineData("2028-02-29T10:00:00+00:00", 365, "2029-02-28")]
    [InlineData("2027-01-13T15:00:00+00:00", 30, "2027-02-12")]
    public void AnAuditsLastValidDayIsItsValidityAfterItsCompletionInUtc(string completedAt, int validForDays, string lastValidDay) =>
        Assert.Equal(DateOnly.Parse(lastValidDay), AuditValidity.LastValidDay(DateTimeOffset.Parse(completedAt), TimeSpan.FromDays(validForDays)));

    public static TheoryData<bool, string, string, bool> RequiredAnswers => new()
    {
        { true, "{}", "answers.header.visitedAt", true },
        { true, "{}", "answers.header.completedBy", true },
        { true, "{}", "answers.registration.status", true },
        { true, "{}", "answers.registration.onLocalAuthorityList", true },
        { true, "{}", "answers.profile.places", true },
        { true, "{}", "answers.profile.keyStages", true },
        { true, "{}", "answers.documents.safeguarding_policy", true },
        { true, "{}", "answers.outcome.suitable", true },
        { true, "{}", "answers.outcome.reason", true },
        { true, """{"registration": {"status": "registered"}}""", "answers.registration.dfeNumber", true },
        { true, """{"registration": {"status": "registered"}}""", "answers.registration.ofstedSafeguardingJudgement", true },
        { false, """{"registration": {"status": "unregistered"}}""", "answers.registration.dfeNumber", false },
        { true, """{"profile": {"examCentre": "yes"}}""", "answers.profile.examCentreNumber", true },
        { true, """{"profile": {"examCentre": "no"}}""", "answers.profile.examCentreNumber", false },
        { true, "{}", "answers.outcome.schoolImprovementTeamInvolvement", false },
        { false, "{}", "answers.outcome.schoolImprovementTeamInvolvement", true },
        { true, """{"registration": {"status": "unregistered"}}""", "answers.outcome.schoolImprovementTeamInvolvement", true },
    };

    [Theory]
    [MemberData(nameof(RequiredAnswers))]
    public void AnAuditIsCompletedOnlyWithEveryItemAppendixOneAsksForThisProvider(bool registered, string answers, string path, bool missing) =>
        Assert.Equal(missing, AuditCompletion.Problems(Requests.Read<AuditAnswers>(answers), registered).ContainsKey(path));

    [Theory]
    [InlineData(true, true)]
    [InlineData(false, false)]
    public void AnUnregisteredProviderIsSuitableOnlyWhenEveryCaveatIsSecurelyMet(bool everyCaveatMet, bool suitableAllowed)
    {
        var answers = new AuditAnswers
        {
            Outcome = new AuditOutcome { Suitable = true },
            UnregisteredCaveats = AuditQuestionnaire.UnregisteredCaveats.Select((c, i) => new CaveatCheck(c.Id, everyCaveatMet || i > 0, null)).ToList(),
        };

        Assert.Equal(suitableAllowed, !AuditCompletion.Problems(answers, providerIsRegistered: false).ContainsKey("answers.outcome.suitable"));
    }
}
