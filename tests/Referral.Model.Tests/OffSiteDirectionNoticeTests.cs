using APPlatform.Referrals.Model.Policies;
using APPlatform.Referrals.Model.Rules;

namespace APPlatform.Referrals.Model.Tests;

/// <summary>SI 2010/1156 reg 3: written notice of an off-site direction at least two school days before it starts, in memory.</summary>
public sealed class OffSiteDirectionNoticeTests
{
    private static readonly SchoolDays England = new(null);

    [Fact]
    public void TwoSchoolDaysBetweenTheNoticeAndTheStartAreEnough() =>
        Assert.Null(OffSiteDirectionNotice.Check(new DateOnly(2027, 1, 8), new DateOnly(2027, 1, 13), England));

    [Fact]
    public void OneSchoolDayIsTooLate() =>
        Assert.Equal("An off-site direction needs written notice at least 2 school days before the start; it was issued on 2027-01-11, 1 school day(s) before 2027-01-13.",
            OffSiteDirectionNotice.Check(new DateOnly(2027, 1, 11), new DateOnly(2027, 1, 13), England));

    [Fact]
    public void AWeekendIsNotSchoolDays() =>
        Assert.NotNull(OffSiteDirectionNotice.Check(new DateOnly(2027, 1, 8), new DateOnly(2027, 1, 12), England));

    [Fact]
    public void TheHolidaysAreNotSchoolDays() =>
        Assert.NotNull(OffSiteDirectionNotice.Check(new DateOnly(2026, 12, 18), new DateOnly(2027, 1, 5), England));
}
