using APPlatform.Referrals.Model.Policies;

namespace APPlatform.Referrals.Policies;

public sealed class ReferralOptions
{
    public const string SectionName = "Referral";

    /// <summary>For a trust that has not set its own policy.</summary>
    public TrustPolicy DefaultTrustPolicy { get; set; } = new();

    /// <summary>For a school that has not set its own terms and closures (appsettings.json holds England's usual dates).</summary>
    public SchoolCalendar DefaultSchoolCalendar { get; set; } = new();

    /// <summary>How long after a review or report falls due it counts as overdue.</summary>
    public TimeSpan OverdueAfter { get; set; } = TimeSpan.FromDays(7);

    /// <summary>The longest gap between agreement reviews the parents may agree to: a term.</summary>
    public int MaxReviewEveryWeeks { get; set; } = 14;
}
