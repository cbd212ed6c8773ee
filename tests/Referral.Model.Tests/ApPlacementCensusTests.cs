using APPlatform.Referrals.Model.Census;
using APPlatform.Referrals.Model.Directory;
using APPlatform.Referrals.Model.Placements;
using APPlatform.Referrals.Model.Referrals;
using static APPlatform.Referrals.Model.Tests.Placements;

namespace APPlatform.Referrals.Model.Tests;

/// <summary>
/// The school census's AP placements module (DfE school census, "alternative provision placements arranged by
/// schools"), in memory: which placements a census day includes and the codes each field takes.
/// </summary>
public sealed class ApPlacementCensusTests
{
    private static readonly DateOnly CensusDay = new(2027, 1, 21);

    /// <summary>A school-arranged placement of three mornings a week from 2027-01-13, ended on <paramref name="endedOn"/> if given.</summary>
    private static Placement RunningFrom13January(DateOnly? endedOn = null)
    {
        var (_, placement) = Planned(Start);
        placement.Start(School, Now);
        if (endedOn is { } day)
        {
            placement.End(PlacementEndReason.Completed, day, null, Destination.AnotherSchool, null, School, Now);
        }

        return placement;
    }

    [Theory]
    [InlineData(null, null, true)] // running on the census day
    [InlineData("2027-01-21", null, true)] // left on the census day itself
    [InlineData("2027-01-20", null, false)] // left the day before: not on the census day
    [InlineData("2027-01-20", "2026-10-02", true)] // ... but within the collection period
    [InlineData("2027-01-14", "2027-01-15", false)] // left before the collection period began
    public void ACensusIncludesThePlacementsThatRanOnItsDayOrWithinItsCollectionPeriod(string? endedOn, string? collectionFrom, bool included) =>
        Assert.Equal(included, ApPlacementCensus.Includes(
            RunningFrom13January(endedOn is null ? null : DateOnly.Parse(endedOn)), CensusDay,
            collectionFrom is null ? null : DateOnly.Parse(collectionFrom)));

    [Fact]
    public void APlacementThatHasNotStartedOrWasCancelledIsNotInTheCensus()
    {
        var (_, planned) = Planned(new DateOnly(2027, 1, 13));
        var (_, cancelled) = Planned(new DateOnly(2027, 1, 13));
        cancelled.Cancel(School, "Referral withdrawn.", Now);

        Assert.False(ApPlacementCensus.Includes(planned, CensusDay));
        Assert.False(ApPlacementCensus.Includes(cancelled, CensusDay));
        Assert.False(ApPlacementCensus.Includes(RunningFrom13January(), new DateOnly(2027, 1, 12)), "starts after the census day");
    }

    [Fact]
    public void ProvisionTheLocalAuthorityArrangedIsNotInTheSchoolsCensus()
    {
        var arrangedByTheLa = new Placement
        {
            Id = Guid.NewGuid(), CommissionerType = CommissionerType.LocalAuthority, LegalBasis = LegalBasis.LocalAuthoritySection19, Address = "Unit 4",
            PersonResponsible = Staff, PastoralContact = Staff, Timetable = Mornings(3), StartDate = Start,
        };
        arrangedByTheLa.Start(School, Now);

        Assert.False(ApPlacementCensus.Includes(arrangedByTheLa, CensusDay));
        Assert.True(ApPlacementCensus.Includes(RunningFrom13January(), CensusDay));
    }

    [Theory]
    [InlineData(LegalBasis.OffSiteDirection, new[] { ReferralReason.MentalHealth }, "OSD")]
    [InlineData(LegalBasis.SuspensionDaySix, new ReferralReason[0], "SUS")]
    [InlineData(LegalBasis.SchoolArranged, new[] { ReferralReason.MentalHealth, ReferralReason.PermanentExclusion }, "PEX")]
    [InlineData(LegalBasis.SchoolArranged, new[] { ReferralReason.RiskOfExclusion, ReferralReason.PhysicalHealth }, "PHH")]
    [InlineData(LegalBasis.LocalAuthoritySection19, new[] { ReferralReason.AwaitingSpecialistPlacement }, "ASP")]
    [InlineData(LegalBasis.SchoolArranged, new[] { ReferralReason.RiskOfExclusion, ReferralReason.WiderDevelopment }, "OTH")]
    public void ThePrimaryReasonIsTheLawsThenAnExclusionBeforeAHealthNeedThenOther(LegalBasis basis, ReferralReason[] reasons, string code) =>
        Assert.Equal(code, ApPlacementCensus.ReasonCode(basis, reasons));

    [Theory]
    [InlineData("149099", "10012345", "149099", null, null)]
    [InlineData(null, "10012345", null, "10012345", null)]
    [InlineData(null, null, null, null, "OTH")]
    public void TheSettingIsNamedByItsUrnElseItsUkprnElseItsType(
        string? urn, string? ukprn, string? returnedUrn, string? returnedUkprn, string? type) =>
        Assert.Equal((returnedUrn, returnedUkprn, type), ApPlacementCensus.Setting(new ProviderSnapshot { Urn = urn, Ukprn = ukprn }));

    [Fact]
    public void ARowGivesTheSessionsAWeekThePatternAndALeavingDateOnlyOnceThePupilHasLeft()
    {
        var pupil = new Pupil { Id = Guid.NewGuid(), SchoolId = School.OrganisationId, Upn = "A123456789012", FirstName = "Sam", LastName = "Pupil" };
        var running = ApPlacementCensus.Row(RunningFrom13January(), pupil, [ReferralReason.Suspension], null, CensusDay, new FullTimeEducation());
        var left = ApPlacementCensus.Row(
            RunningFrom13January(new DateOnly(2027, 1, 15)), pupil, [], null, CensusDay, new FullTimeEducation(hoursPerWeek: 9));

        Assert.Equal(("PT", 3, (DateOnly?)null, "SUS"), (running.AttendancePattern, running.SessionsPerWeek, running.LeavingDate, running.Reason));
        Assert.Equal(("FT", new DateOnly(2027, 1, 15)), (left.AttendancePattern, left.LeavingDate));
        Assert.Equal(Start, left.EntryDate);
    }
}
