using APPlatform.Referrals.Model.Placements;
using APPlatform.Referrals.Model.Referrals;
using APPlatform.ServiceDefaults.Errors;
using static APPlatform.Referrals.Model.Tests.Placements;

namespace APPlatform.Referrals.Model.Tests;

/// <summary>A referral is withdrawn at any time before its placement starts, and not after, in memory.</summary>
public sealed class ReferralWithdrawalTests
{
    [Fact]
    public void WithdrawingCancelsAPlannedPlacement()
    {
        var (referral, placement) = Planned(Start);

        referral.Withdraw("The family moved away", placement, School, Now);

        Assert.Equal(ReferralStatus.Withdrawn, referral.Status);
        Assert.Equal((PlacementStatus.Ended, PlacementEndReason.Cancelled), (placement.Status, placement.EndReason));
    }

    [Fact]
    public void AfterThePlacementStartsItIsEndedNotWithdrawn()
    {
        var (referral, placement) = Planned(Start);
        placement.Start(School, Now);

        var refused = Assert.Throws<StateConflictException>(() => referral.Withdraw("Changed our minds", placement, School, Now));

        Assert.Equal("The placement has started: end the placement instead of withdrawing the referral.", refused.Message);
        Assert.Equal((ReferralStatus.PlacementPlanned, PlacementStatus.Active), (referral.Status, placement.Status));
    }

    [Fact]
    public void ADraftIsWithdrawnOnceOnly()
    {
        var referral = Drafted(Start);
        referral.Withdraw("Not needed", null, School, Now);

        Assert.Throws<StateConflictException>(() => referral.Withdraw("Again", null, School, Now));
    }
}
