using APPlatform.Referrals.Model.Placements;
using APPlatform.Referrals.Model.Policies;
using APPlatform.Referrals.Model.Referrals;
using APPlatform.ServiceDefaults.Errors;

using static APPlatform.Referrals.Model.Tests.Placements;

namespace APPlatform.Referrals.Model.Tests;

/// <summary>Trust policy, Appendix 1: at most the trust's hours a week at an unregistered provider, at the start and on every change, in memory.</summary>
public sealed class UnregisteredHoursCapTests
{
    [Theory]
    [InlineData(false, 15, true)]
    [InlineData(false, 15.5, false)]
    [InlineData(true, 30, true)] // a registered school has no cap
    public void AtTheStartTheHoursMayNotExceedTheTrustsCapAtAnUnregisteredProvider(bool registered, double hours, bool allowed) =>
        Assert.Equal(allowed, new UnregisteredHoursCap(registered, 15).Allows((decimal)hours));

    [Fact]
    public void AChangeThatDoesNotRaiseTheHoursIsAllowedAboveACapTheTrustHasSinceLowered()
    {
        var lowered = new UnregisteredHoursCap(ProviderIsRegistered: false, MaxHoursPerWeek: 10);

        Assert.True(lowered.Allows(12, hoursBefore: 15));
        Assert.True(lowered.Allows(15, hoursBefore: 15));
        Assert.False(lowered.Allows(16, hoursBefore: 15));
    }

    [Fact]
    public void ARunningPlacementsTimetableCannotBeRaisedAboveTheCapAndStaysAsItWas()
    {
        var placement = Running(Mornings(3));

        var refused = Assert.Throws<RuleViolationException>(() => Rearrange(placement, Mornings(5).Concat(Afternoons(2)).ToList(), new UnregisteredHoursCap(false, 15)));

        Assert.Equal("The timetable has 20 hours a week, above the trust's limit of 15 at an unregistered provider.", refused.Message);
        Assert.Equal(9m, placement.HoursPerWeek);
    }

    [Fact]
    public void ARunningPlacementsTimetableMayChangeWithinTheCapOrAtARegisteredSchool()
    {
        var placement = Running(Mornings(3));

        Rearrange(placement, Mornings(5), new UnregisteredHoursCap(false, 15));
        Assert.Equal(15m, placement.HoursPerWeek);

        Rearrange(placement, Mornings(5).Concat(Afternoons(2)).ToList(), new UnregisteredHoursCap(true, 15));
        Assert.Equal(20m, placement.HoursPerWeek);
    }

    private static void Rearrange(Placement placement, List<WeeklySession> timetable, UnregisteredHoursCap cap) =>
        placement.Rearrange(timetable, null, false, placement.PastoralContact, 300, cap);
}
