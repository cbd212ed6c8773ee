using APPlatform.Referrals.Model.Policies;

namespace APPlatform.Referrals.Model.Tests;

/// <summary>Trust policy §7 ("trust approval if required"): when the trust decides after the headteacher, by its policy, in memory.</summary>
public sealed class TrustApprovalTests
{
    [Theory]
    [InlineData(TrustApprovalRule.UnregisteredProviders, false, 300d, true)]
    [InlineData(TrustApprovalRule.UnregisteredProviders, true, 300d, false)]
    [InlineData(TrustApprovalRule.Always, true, 300d, true)]
    [InlineData(TrustApprovalRule.Always, false, null, true)]
    [InlineData(TrustApprovalRule.Never, false, 300d, false)]
    [InlineData(TrustApprovalRule.Never, true, 900d, false)]
    [InlineData(TrustApprovalRule.AboveCost, true, 600d, true)]
    [InlineData(TrustApprovalRule.AboveCost, false, 400d, false)]
    [InlineData(TrustApprovalRule.AboveCost, false, 500d, false)]
    [InlineData(TrustApprovalRule.AboveCost, true, 500.01d, true)]
    [InlineData(TrustApprovalRule.AboveCost, false, null, false)]
    public void TheTrustDecidesAfterTheHeadteacherWhenItsPolicyAsks(TrustApprovalRule rule, bool registered, double? costPerWeek, bool trustDecides)
    {
        var policy = new TrustPolicy { Approval = rule, ApprovalCostPerWeek = 500 };

        Assert.Equal(trustDecides, policy.RequiresApproval(registered, (decimal?)costPerWeek));
    }

    [Fact]
    public void ByDefaultTheTrustDecidesOnUnregisteredProvidersOnly()
    {
        var policy = new TrustPolicy();

        Assert.Equal((true, false), (policy.RequiresApproval(false, null), policy.RequiresApproval(true, null)));
    }
}
