using APPlatform.Referrals.Model.Placements;
using APPlatform.ServiceDefaults.Authentication;
using APPlatform.ServiceDefaults.Errors;
using static APPlatform.Referrals.Model.Tests.Placements;

namespace APPlatform.Referrals.Model.Tests;

/// <summary>Education Act 1996 s19, CFA 2014 s42: only the local authority commissions; a school arranges its own, in memory.</summary>
public sealed class PlacementCommissioningTests
{
    private static readonly Caller Admin = School with { OrganisationType = OrganisationType.PlatformAdmin };

    [Fact]
    public void ASchoolCannotPlanAPlacementTheLocalAuthorityCommissions() =>
        Assert.Throws<NotPermittedException>(() => Plan(CommissionerType.LocalAuthority, School, Drafted(Start)));

    [Fact]
    public void APlacementTheLocalAuthorityCommissionsIsCommissionedByTheSchoolsAuthority()
    {
        var referral = Drafted(Start);

        Assert.Equal(referral.LocalAuthorityId, Plan(CommissionerType.LocalAuthority, Admin, referral).CommissionerId);
    }

    [Fact]
    public void ItNeedsTheSchoolsLocalAuthorityToBeKnown()
    {
        var referral = Referrals.Referral.Start(Guid.NewGuid(), School, School.OrganisationId, null, null, Guid.NewGuid(), Drafted(Start).Proposal, Now);

        Assert.Throws<RuleViolationException>(() => Plan(CommissionerType.LocalAuthority, Admin, referral));
    }

    private static Placement Plan(CommissionerType commissioner, Caller by, Referrals.Referral referral) =>
        Placement.Plan(Guid.NewGuid(), referral, new Pupil { Id = referral.PupilId, Upn = "A123456789012", FirstName = "Sam", LastName = "Pupil" },
            new PlacementPlan(commissioner, LegalBasis.LocalAuthoritySection19, RegistrationMode.LaArranged, "Unit 4", Staff, Staff, false), by, Now);
}
