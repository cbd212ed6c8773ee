using APPlatform.Referrals.Model.Directory;
using APPlatform.Referrals.Model.Placements;
using APPlatform.Referrals.Model.Policies;
using APPlatform.Referrals.Model.Referrals;
using APPlatform.Referrals.Model.Rules;
using APPlatform.ServiceDefaults.Authentication;
using APPlatform.ServiceDefaults.Errors;
using static APPlatform.Referrals.Model.Tests.Placements;

namespace APPlatform.Referrals.Model.Tests;

/// <summary>
/// Education Act 1996 s19, CFA 2014 s42: the local authority refers, decides and commissions provision for a pupil it
/// is responsible for, in memory.
/// </summary>
public sealed class LocalAuthorityReferralTests
{
    private static readonly Guid Area = Guid.NewGuid();
    private static readonly Caller Authority = new("la-system", Area, OrganisationType.LocalAuthority, new HashSet<string>(), null, null);
    private static readonly Caller ApTeam = Officer(PersonRoles.ApTeam);
    private static readonly Caller Caseworker = Officer(PersonRoles.SendCaseworker);
    private static readonly SchoolDays England = new(null);

    [Fact]
    public void TheLocalAuthorityDecidesItsOwnReferralAloneAndItIsApprovedWithNoTrustStage()
    {
        var referral = Submitted(LocalAuthorityDuty.HealthNeeds);

        referral.DecideAsLocalAuthority(true, null, "Hospital education service has a place", ApTeam, Now);

        Assert.Equal(ReferralStatus.Approved, referral.Status);
        Assert.Equal((ApprovalStage.LocalAuthority, "Lara Quinn"), (referral.Approvals.Single().Stage, referral.Approvals.Single().DecidedBy));
        Assert.True(PrePlacementRules.Approvals(referral).Passed);
    }

    [Fact]
    public void ALocalAuthorityRejectionClosesTheReferral()
    {
        var referral = Submitted(LocalAuthorityDuty.HealthNeeds);

        referral.DecideAsLocalAuthority(false, null, "Needs met at school", ApTeam, Now);

        Assert.Equal(ReferralStatus.Rejected, referral.Status);
    }

    [Fact]
    public void TheLocalAuthorityDecidesOnlyOnceSubmitted() =>
        Assert.Throws<StateConflictException>(() => Referred(LocalAuthorityDuty.HealthNeeds).DecideAsLocalAuthority(true, null, null, ApTeam, Now));

    [Fact]
    public void TheHeadteacherDoesNotDecideTheLocalAuthoritysReferralNorTheAuthorityASchoolsOne()
    {
        var theirs = Submitted(LocalAuthorityDuty.HealthNeeds);
        var schools = Referral.Start(Guid.NewGuid(), School, School.OrganisationId, null, Area, Guid.NewGuid(), theirs.Proposal, Now);
        Tried(schools);
        schools.Submit(School, Now);

        Assert.Throws<RuleViolationException>(() => theirs.DecideAsHeadteacher(true, "Dr Sam Head", null, Staff, false, School, Now));
        Assert.Throws<RuleViolationException>(() => schools.DecideAsLocalAuthority(true, "Lara Quinn", null, Authority, Now));
        Assert.Equal(ReferralStatus.Submitted, theirs.Status);
    }

    [Fact]
    public void TheSendCaseworkerDecidesForAnEhcPlanButNotForAnExclusion()
    {
        var ehcPlan = Submitted(LocalAuthorityDuty.EhcPlan);
        var exclusion = Submitted(LocalAuthorityDuty.PermanentExclusion);

        ehcPlan.DecideAsLocalAuthority(true, null, null, Caseworker, Now);

        Assert.Equal(ReferralStatus.Approved, ehcPlan.Status);
        Assert.Throws<NotPermittedException>(() => exclusion.DecideAsLocalAuthority(true, null, null, Caseworker, Now));
    }

    [Fact]
    public void OnlyTheSchoolsAuthorityRefersUnderADutyThroughItsOfficers()
    {
        var proposal = Placements.Drafted(Start).Proposal;
        var health = LocalAuthorityArrangement.For(LocalAuthorityDuty.HealthNeeds, null, England);

        Assert.Throws<NotPermittedException>(() => Referral.Start(Guid.NewGuid(), ApTeam, School.OrganisationId, null, Guid.NewGuid(), Guid.NewGuid(), proposal, Now, health));
        Assert.Throws<NotPermittedException>(() => Referral.Start(Guid.NewGuid(), ApTeam, School.OrganisationId, null, Area, Guid.NewGuid(), proposal, Now));
        Assert.Throws<NotPermittedException>(() => Referral.Start(Guid.NewGuid(), Officer(PersonRoles.AttendanceTeam), School.OrganisationId, null, Area,
            Guid.NewGuid(), proposal, Now, health));
        Assert.Throws<NotPermittedException>(() => Referral.Start(Guid.NewGuid(), School, School.OrganisationId, null, Area, Guid.NewGuid(), proposal, Now, health));
    }

    [Fact]
    public void TheLocalAuthorityCommissionsItsOwnReferralsPlacementButNotASchools()
    {
        var referral = Agreed(LocalAuthorityDuty.PermanentExclusion);
        var schools = Placements.Drafted(Start);

        var placement = Plan(referral, LegalBasis.LocalAuthoritySection19, Authority);

        Assert.Equal((CommissionerType.LocalAuthority, Area), (placement.CommissionerType, placement.CommissionerId));
        Assert.True(Authority.MayCommissionAs(CommissionerType.LocalAuthority, referral));
        Assert.False(Authority.MayCommissionAs(CommissionerType.LocalAuthority, schools));
        Assert.False(School.MayCommissionAs(CommissionerType.LocalAuthority, referral));
    }

    [Fact]
    public void TheCommissioningAuthorityReliesOnItsOwnAuditWhichASchoolsPlacementCannot()
    {
        var commissioned = Plan(Agreed(LocalAuthorityDuty.HealthNeeds), LegalBasis.LocalAuthoritySection19, Authority);
        var schools = Planned(Start).Placement;
        AuditSnapshot Unshared(Placement placement) =>
            new() { ProviderId = placement.ProviderId, AuthorOrganisationId = Area, IsShared = false, Suitable = true, ValidUntil = Start };

        Assert.True(PrePlacementRules.Audit(commissioned, [Unshared(commissioned)]).Passed);
        Assert.False(PrePlacementRules.Audit(schools, [Unshared(schools)]).Passed);
    }

    [Fact]
    public void ThePlacementsLegalBasisFollowsTheAuthoritysDuty()
    {
        var exclusion = Agreed(LocalAuthorityDuty.PermanentExclusion);

        var refused = Assert.Throws<RuleViolationException>(() => exclusion.PlanPlacement(Guid.NewGuid(), LegalBasis.EhcPlan, Authority, Now));

        Assert.Contains("local_authority_section19", refused.Message);
        Assert.Equal(ReferralStatus.ParentAgreed, exclusion.Status);
    }

    [Fact]
    public void APermanentExclusionsDutyStartsOnItsSixthSchoolDayAndALaterStartShowsIt()
    {
        var exclusion = LocalAuthorityArrangement.For(LocalAuthorityDuty.PermanentExclusion, new DateOnly(2027, 1, 11), England);

        Assert.Equal(new DateOnly(2027, 1, 18), exclusion.DutyFrom);
        Assert.False(exclusion.StartsAfterDutyFrom(new DateOnly(2027, 1, 18)));
        Assert.True(exclusion.StartsAfterDutyFrom(new DateOnly(2027, 1, 19)));
    }

    [Fact]
    public void APermanentExclusionNeedsItsFirstDayAndOtherDutiesHaveNoDaySix()
    {
        Assert.Throws<RuleViolationException>(() => LocalAuthorityArrangement.For(LocalAuthorityDuty.PermanentExclusion, null, England));
        Assert.False(LocalAuthorityArrangement.For(LocalAuthorityDuty.EhcPlan, null, England).StartsAfterDutyFrom(new DateOnly(2027, 9, 1)));
    }

    private static Caller Officer(string role) =>
        Authority with { ClientId = "la-portal", Person = new Person(Guid.NewGuid(), "Lara Quinn", new HashSet<string> { role }) };

    private static Referral Referred(LocalAuthorityDuty duty)
    {
        var excludedFrom = duty == LocalAuthorityDuty.PermanentExclusion ? new DateOnly(2027, 1, 4) : (DateOnly?)null;
        var referral = Referral.Start(Guid.NewGuid(), Authority, School.OrganisationId, null, Area, Guid.NewGuid(), Placements.Drafted(Start).Proposal, Now,
            LocalAuthorityArrangement.For(duty, excludedFrom, England));
        Tried(referral);
        return referral;
    }

    private static Referral Submitted(LocalAuthorityDuty duty)
    {
        var referral = Referred(duty);
        referral.Submit(Authority, Now);
        return referral;
    }

    private static Referral Agreed(LocalAuthorityDuty duty)
    {
        var referral = Submitted(duty);
        referral.DecideAsLocalAuthority(true, "Lara Quinn", null, Authority, Now);
        referral.RecordParentAgreement(new ParentAgreement(Start.AddDays(-7), [Staff], true, null, 12, null, null, Area, Now), Authority, Now);
        return referral;
    }

    private static Placement Plan(Referral referral, LegalBasis basis, Caller by) =>
        Placement.Plan(Guid.NewGuid(), referral, new Pupil { Id = referral.PupilId, Upn = "A123456789012", FirstName = "Sam", LastName = "Pupil" },
            new PlacementPlan(CommissionerType.LocalAuthority, basis, RegistrationMode.LaArranged, "Unit 4", Staff, Staff, false), by, Now);
}
