namespace APPlatform.Referrals.Model.Policies;

/// <summary>
/// When a trust must approve a referral after the headteacher (trust policy §7: "if required"): never, always,
/// unregistered_providers (when the provider is unregistered), above_cost (when the proposed cost per week is above the
/// policy's approvalCostPerWeek).
/// </summary>
public enum TrustApprovalRule
{
    Never,
    Always,
    UnregisteredProviders,
    AboveCost,
}

/// <summary>
/// A trust's own settings for its schools' referrals. A trust without one uses Referral:DefaultTrustPolicy.
/// </summary>
public sealed class TrustPolicy
{
    /// <summary>The trust the policy belongs to.</summary>
    public Guid TrustId { get; set; }

    /// <summary>When the trust must approve a referral after the headteacher (trust policy §7).</summary>
    public TrustApprovalRule Approval { get; set; } = TrustApprovalRule.UnregisteredProviders;

    /// <summary>Under above_cost, the cost per week in pounds above which the trust must approve.</summary>
    public decimal? ApprovalCostPerWeek { get; set; }

    /// <summary>The policy's "XX hours": the most a pupil may spend at an unregistered provider each week.</summary>
    public decimal MaxUnregisteredHoursPerWeek { get; set; } = 15;

    /// <summary>When the trust last changed it (ISO date-time with offset).</summary>
    public DateTimeOffset UpdatedAt { get; set; }

    public bool RequiresApproval(bool providerIsRegistered, decimal? costPerWeek) => Approval switch
    {
        TrustApprovalRule.Always => true,
        TrustApprovalRule.UnregisteredProviders => !providerIsRegistered,
        TrustApprovalRule.AboveCost => costPerWeek > ApprovalCostPerWeek,
        _ => false,
    };
}
