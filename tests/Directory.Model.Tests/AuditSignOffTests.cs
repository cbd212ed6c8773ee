using APPlatform.ProviderDirectory.Model.Audits;
using APPlatform.ServiceDefaults.Authentication;
using APPlatform.ServiceDefaults.Errors;

namespace APPlatform.ProviderDirectory.Model.Tests;

/// <summary>Trust policy §10.3: the school's headteacher signs off its completed audit, in memory.</summary>
public sealed class AuditSignOffTests
{
    private static readonly DateTimeOffset Now = new(2027, 1, 13, 15, 0, 0, TimeSpan.Zero);
    private static readonly Caller LocalAuthority = Callers.Of(OrganisationType.LocalAuthority);
    private static readonly Caller School = Callers.Of(OrganisationType.School, localAuthorityId: LocalAuthority.OrganisationId);

    [Fact]
    public void TheSchoolsHeadteacherSignsOffItsCompletedAuditInTheirOwnName()
    {
        var audit = Completed(School);
        var headteacher = School.AsPerson(PersonRoles.Headteacher);

        audit.SignOff(headteacher, Now.AddDays(1));

        Assert.Equal((Now.AddDays(1), headteacher.Person!.Id, headteacher.Person.Name), (audit.SignedOffAt, audit.SignedOffByPersonId, audit.SignedOffBy));
    }

    [Fact]
    public void NoOneButThatSchoolsSignedInHeadteacherSignsItOff()
    {
        var audit = Completed(School);

        Assert.Throws<NotPermittedException>(() => audit.SignOff(School.AsPerson(PersonRoles.ApLead), Now));
        Assert.Throws<NotPermittedException>(() => audit.SignOff(School, Now));
        Assert.Throws<NotPermittedException>(() => audit.SignOff(Callers.Of(OrganisationType.School).AsPerson(PersonRoles.Headteacher), Now));
        Assert.Null(audit.SignedOffAt);
    }

    [Fact]
    public void ADraftIsNotSignedOffAndASignedOffAuditNotAgain()
    {
        var headteacher = School.AsPerson(PersonRoles.Headteacher);
        var draft = AuditRiskAssessment.Start(Guid.NewGuid(), Guid.NewGuid(), School, false, new AuditAnswers(), Now);
        var audit = Completed(School);
        audit.SignOff(headteacher, Now);

        Assert.Throws<StateConflictException>(() => draft.SignOff(headteacher, Now));
        Assert.Throws<StateConflictException>(() => audit.SignOff(headteacher, Now.AddDays(1)));
        Assert.Equal(Now, audit.SignedOffAt);
    }

    [Fact]
    public void ALocalAuthoritysAuditHasNoHeadteacherToSignItOff() =>
        Assert.Throws<RuleViolationException>(() => Completed(LocalAuthority).SignOff(LocalAuthority.AsPerson(PersonRoles.Headteacher), Now));

    [Fact]
    public void AnAuditIsReliedOnOnceCompletedWithoutWaitingForSignOff() =>
        Assert.Equal(AuditStatus.Completed, Completed(School).StatusOn(DateOnly.FromDateTime(Now.UtcDateTime)));

    private static AuditRiskAssessment Completed(Caller author) => CompletedAudit.Of(
        Provider.Create(Guid.NewGuid(), "Riverside Learning Centre", ListingStatus.Listed, LocalAuthority, LocalAuthority.OrganisationId, Now), author, Now);
}
