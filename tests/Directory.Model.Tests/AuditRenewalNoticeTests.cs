using APPlatform.ProviderDirectory.Model.Audits;
using APPlatform.ServiceDefaults.Authentication;

namespace APPlatform.ProviderDirectory.Model.Tests;

/// <summary>Trust policy §7, Appendix 1: the re-audit reminder a month before an audit stops being valid, in memory.</summary>
public sealed class AuditRenewalNoticeTests
{
    private static readonly DateTimeOffset Now = new(2027, 1, 13, 15, 0, 0, TimeSpan.Zero);
    private static readonly AuditRenewalNotice ThirtyDays = new(TimeSpan.FromDays(30));
    private static readonly Caller LocalAuthority = Callers.Of(OrganisationType.LocalAuthority);
    private static readonly Caller School = Callers.Of(OrganisationType.School, localAuthorityId: LocalAuthority.OrganisationId);

    [Fact]
    public void TheReminderIsDueThirtyDaysBeforeTheAuditsLastValidDay()
    {
        var audit = Completed(Listed(), Now);

        Assert.Equal(new DateOnly(2028, 1, 13), audit.ValidUntil);
        Assert.Equal(new DateOnly(2027, 12, 14), ThirtyDays.DueOn(audit));
    }

    [Fact]
    public void ADraftHasNoReminder() =>
        Assert.Null(ThirtyDays.DueOn(AuditRiskAssessment.Start(Guid.NewGuid(), Guid.NewGuid(), School, false, new AuditAnswers(), Now)));

    [Fact]
    public void TheReminderStandsOnlyForTheAuthorsLatestCompletedAudit()
    {
        var provider = Listed();
        var first = Completed(provider, Now);
        var newer = Completed(provider, Now.AddMonths(6));

        Assert.True(AuditRenewalNotice.StillStands(first, provider, authorsLatest: first));
        Assert.False(AuditRenewalNotice.StillStands(first, provider, authorsLatest: newer));
        Assert.False(AuditRenewalNotice.StillStands(null, provider, authorsLatest: null));
    }

    [Fact]
    public void NoReminderForAProviderRemovedFromTheDirectory()
    {
        var provider = Listed();
        var audit = Completed(provider, Now);
        provider.Take(ListingAction.Remove, LocalAuthority, "Closed down", Now);

        Assert.False(AuditRenewalNotice.StillStands(audit, provider, authorsLatest: audit));
    }

    private static Provider Listed() =>
        Provider.Create(Guid.NewGuid(), "Riverside Learning Centre", ListingStatus.Listed, LocalAuthority, LocalAuthority.OrganisationId, Now);

    private static AuditRiskAssessment Completed(Provider provider, DateTimeOffset at) => CompletedAudit.Of(provider, School, at);
}
