using APPlatform.ProviderDirectory.Model.Audits;
using APPlatform.ServiceDefaults.Authentication;
using APPlatform.ServiceDefaults.Errors;

namespace APPlatform.ProviderDirectory.Model.Tests;

/// <summary>Trust policy §7, Appendix 1: a completed audit is relied on for its validity and not after, in memory.</summary>
public sealed class AuditValidityTests
{
    private static readonly DateTimeOffset CompletedAt = new(2027, 1, 13, 15, 0, 0, TimeSpan.Zero);
    private static readonly Caller School = new("school-portal", Guid.NewGuid(), OrganisationType.School, new HashSet<string>(), null, Guid.NewGuid());

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
}
