using APPlatform.Referrals.Model.Placements;
using APPlatform.Referrals.Model.Referrals;
using static APPlatform.Referrals.Model.Tests.Placements;

namespace APPlatform.Referrals.Model.Tests;

/// <summary>
/// The platform's one definition of full-time education (DfE, Registration of independent schools, 2019), in memory:
/// configurable both ways, and what every placement event says.
/// </summary>
public sealed class FullTimeEducationTests
{
    [Theory]
    [InlineData(18, false, true)]
    [InlineData(25, false, true)]
    [InlineData(17.5, false, false)]
    [InlineData(10, true, true)]
    public void EighteenHoursAWeekOrSoleProvisionIsFullTime(double hours, bool soleProvision, bool fullTime) =>
        Assert.Equal(fullTime, new FullTimeEducation().IsFullTime((decimal)hours, soleProvision));

    [Fact]
    public void RaisingTheHoursMakesEighteenHoursPartTime()
    {
        var raised = new FullTimeEducation(20);

        Assert.False(raised.IsFullTime(18, isSoleProvision: false));
        Assert.True(raised.IsFullTime(20, isSoleProvision: false));
        Assert.True(raised.IsFullTime(9, isSoleProvision: true));
    }

    [Fact]
    public void LoweringTheHoursMakesFifteenHoursFullTime() =>
        Assert.True(new FullTimeEducation(15).IsFullTime(15, isSoleProvision: false));

    [Fact]
    public void APlacementsEventSaysFullTimeByTheConfiguredHoursEitherWay()
    {
        var eighteenHours = Running([.. Mornings(5), .. Mornings(1).Select(s => s with { Session = Session.PM, Starts = new(13, 0), Ends = new(16, 0) })]);

        Assert.Equal(18m, eighteenHours.HoursPerWeek);
        Assert.True(eighteenHours.ToDetails(new FullTimeEducation()).IsFullTime);
        Assert.False(eighteenHours.ToDetails(new FullTimeEducation(20)).IsFullTime);
        Assert.True(Running(Mornings(5)).ToDetails(new FullTimeEducation(15)).IsFullTime);
    }
}
