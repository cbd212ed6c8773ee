using APPlatform.Referrals.Model.Directory;
using APPlatform.Referrals.Model.Placements;
using APPlatform.Referrals.Model.Policies;
using APPlatform.Referrals.Model.Referrals;
using APPlatform.Referrals.Model.Rules;
using static APPlatform.Referrals.Model.Tests.Placements;

namespace APPlatform.Referrals.Model.Tests;

/// <summary>Trust policy §5–§9 and Appendix 1: each check before a placement starts, in memory.</summary>
public sealed class PrePlacementRulesTests
{
    [Fact]
    public void ApprovalsPassOnceTheHeadteacherApproved()
    {
        var (referral, _) = Planned(Start);

        Assert.True(PrePlacementRules.Approvals(referral).Passed);
        Assert.False(PrePlacementRules.Approvals(Drafted(Start)).Passed);
    }

    [Fact]
    public void ParentAgreementIsNeededUnlessItIsAnOffSiteDirection()
    {
        Assert.False(PrePlacementRules.ParentAgreement(Drafted(Start)).Passed);
        Assert.True(PrePlacementRules.ParentAgreement(Planned(Start).Referral).Passed);
        Assert.True(PrePlacementRules.ParentAgreement(Drafted(Start, ReferralRoute.OffSiteDirection)).Passed);
    }

    [Fact]
    public void APersonalisedPlanNeedsObjectives()
    {
        var referral = Drafted(Start);
        Assert.False(PrePlacementRules.PersonalisedPlan(referral).Passed);

        referral.RecordPlan(new PersonalisedPlan([new PlanObjective("Attend every session", "Register", null)], "Baseline", "A term", "Weekly", null, "Return after Easter", null));

        Assert.True(PrePlacementRules.PersonalisedPlan(referral).Passed);
    }

    [Theory]
    [InlineData(null, false)]
    [InlineData(ProviderListing.Listed, true)]
    [InlineData(ProviderListing.Suspended, false)]
    [InlineData(ProviderListing.Removed, false)]
    public void OnlyAProviderTheDirectoryListsMayBeUsed(ProviderListing? listing, bool passes) =>
        Assert.Equal(passes, PrePlacementRules.ProviderListing(listing is { } l ? new ProviderSnapshot { Name = "Skills Centre", Listing = l } : null).Passed);

    [Fact]
    public void TheAuditMustBeSuitableAndValidOnTheStartDateNotJustToday()
    {
        var (_, placement) = Planned(Start);

        Assert.True(PrePlacementRules.Audit(placement, [Audit(placement, suitable: true, validUntil: Start)]).Passed);
        Assert.Equal("The audit of 2026-01-12 expires on 2027-01-12, before the start; audit again.",
            PrePlacementRules.Audit(placement, [Audit(placement, suitable: true, validUntil: Start.AddDays(-1))]).Detail);
        Assert.False(PrePlacementRules.Audit(placement, [Audit(placement, suitable: false, validUntil: Start.AddYears(1))]).Passed);
    }

    [Fact]
    public void AnotherSchoolsPrivateAuditCannotBeReliedOn()
    {
        var (_, placement) = Planned(Start);
        var theirs = new AuditSnapshot { AuthorOrganisationId = Guid.NewGuid(), LocalAuthorityId = placement.LocalAuthorityId, IsShared = false, Suitable = true, ValidUntil = Start };

        Assert.False(PrePlacementRules.Audit(placement, [theirs]).Passed);
        Assert.True(PrePlacementRules.Audit(placement, [new AuditSnapshot
        {
            AuthorOrganisationId = theirs.AuthorOrganisationId, LocalAuthorityId = placement.LocalAuthorityId, IsShared = true, Suitable = true, ValidUntil = Start,
        }]).Passed);
    }

    /// <summary>The directory's rule: the author, its trust, and (if shared) the other commissioners in its LA may rely on it.</summary>
    [Theory]
    [InlineData("the school", false, true)]
    [InlineData("the school", true, true)]
    [InlineData("a school of the same trust in another LA", false, true)]
    [InlineData("another school in the same LA", true, true)]
    [InlineData("another school in the same LA", false, false)]
    [InlineData("another school in another LA", true, false)]
    [InlineData("another school without a trust, like this one", false, false)]
    public void AnAuditIsReliedOnByItsAuthorItsTrustAndIfSharedTheCommissionersInItsLa(string author, bool shared, bool reliedOn)
    {
        var (school, trust, la) = (Guid.NewGuid(), Guid.NewGuid(), Guid.NewGuid());
        var audit = new AuditSnapshot
        {
            AuthorOrganisationId = author == "the school" ? school : Guid.NewGuid(),
            AuthorTrustId = author.Contains("same trust") ? trust : null,
            LocalAuthorityId = author.Contains("same LA") || author == "the school" ? la : Guid.NewGuid(),
            IsShared = shared,
        };

        Assert.Equal(reliedOn, audit.MayBeReliedOnBy(school, author.Contains("without a trust") ? null : trust, la));
    }

    [Fact]
    public void AnUnregisteredProviderNeedsTheExceptionRecordedAndHoursWithinTheCap()
    {
        var (referral, placement) = Planned(Start);

        Assert.Equal("Record why no registered provider can meet the pupil's needs (exceptional use).",
            PrePlacementRules.UnregisteredProvider(placement, referral, new UnregisteredHoursCap(false, 15)).Detail);
        referral.UnregisteredJustification = "No registered place within reach";
        Assert.True(PrePlacementRules.UnregisteredProvider(placement, referral, new UnregisteredHoursCap(false, 15)).Passed);
        Assert.False(PrePlacementRules.UnregisteredProvider(placement, referral, new UnregisteredHoursCap(false, 8)).Passed);
        Assert.True(PrePlacementRules.UnregisteredProvider(placement, Drafted(Start), new UnregisteredHoursCap(true, 8)).Passed);
    }

    [Fact]
    public void TheParentsAreNotifiedForThisStartDate()
    {
        var (_, placement) = Planned(Start);
        Assert.False(PrePlacementRules.ParentNotification(placement, new SchoolDays(null)).Passed);

        placement.Issue(Notice(placement, Start.AddDays(-7), Start.AddDays(7)));
        Assert.Equal("The notification gave a start of 2027-01-20; issue it again for 2027-01-13.", PrePlacementRules.ParentNotification(placement, new SchoolDays(null)).Detail);

        placement.Issue(Notice(placement, Start.AddDays(-1), Start));
        Assert.True(PrePlacementRules.ParentNotification(placement, new SchoolDays(null)).Passed);
    }

    [Fact]
    public void AnOffSiteDirectionsNoticeMustBeTwoSchoolDaysAhead()
    {
        var (_, late) = Planned(Start, LegalBasis.OffSiteDirection);
        var (_, inTime) = Planned(Start, LegalBasis.OffSiteDirection);

        late.Issue(Notice(late, Start.AddDays(-2), Start));
        inTime.Issue(Notice(inTime, Start.AddDays(-5), Start));

        Assert.False(PrePlacementRules.ParentNotification(late, new SchoolDays(null)).Passed);
        Assert.True(PrePlacementRules.ParentNotification(inTime, new SchoolDays(null)).Passed);
    }

    private static AuditSnapshot Audit(Placement placement, bool suitable, DateOnly validUntil) => new()
    {
        AuditId = Guid.NewGuid(),
        ProviderId = placement.ProviderId,
        AuthorOrganisationId = placement.SchoolId,
        Suitable = suitable,
        CompletedOn = validUntil.AddYears(-1),
        ValidUntil = validUntil,
    };
}
