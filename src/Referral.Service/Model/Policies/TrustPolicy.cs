namespace APPlatform.Referrals.Model.Policies;

/// <summary>When a trust must approve a referral after the headteacher (trust policy §7: "if required").</summary>
public enum TrustApprovalRule
{
    Never,
    Always,
    UnregisteredProviders,

    /// <summary>When the proposed cost per week is above <see cref="TrustPolicy.ApprovalCostPerWeek"/>.</summary>
    AboveCost,
}

/// <summary>
/// A trust's own settings for its schools' referrals. A trust without one uses Referral:DefaultTrustPolicy.
/// </summary>
public sealed class TrustPolicy
{
    public Guid TrustId { get; set; }

    public TrustApprovalRule Approval { get; set; } = TrustApprovalRule.UnregisteredProviders;

    public decimal? ApprovalCostPerWeek { get; set; }

    /// <summary>The policy's "XX hours": the most a pupil may spend at an unregistered provider each week.</summary>
    public decimal MaxUnregisteredHoursPerWeek { get; set; } = 15;

    public DateTimeOffset UpdatedAt { get; set; }

    public bool RequiresApproval(bool providerIsRegistered, decimal? costPerWeek) => Approval switch
    {
        TrustApprovalRule.Always => true,
        TrustApprovalRule.UnregisteredProviders => !providerIsRegistered,
        TrustApprovalRule.AboveCost => costPerWeek > ApprovalCostPerWeek,
        _ => false,
    };
}
