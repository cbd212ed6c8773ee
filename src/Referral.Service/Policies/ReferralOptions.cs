using APPlatform.Referrals.Model.Policies;

namespace APPlatform.Referrals.Policies;

public sealed class ReferralOptions
{
    public const string SectionName = "Referral";

    /// <summary>A setting this section once had (a fixed list of terms that ran out), refused at start-up.</summary>
    public const string RemovedDefaultCalendarSetting = SectionName + ":DefaultSchoolCalendar";

    /// <summary>For a trust that has not set its own policy.</summary>
    public TrustPolicy DefaultTrustPolicy { get; set; } = new();

    /// <summary>
    /// The hours a week from which a placement is full time (a pupil's sole provision is full time whatever the hours):
    /// the platform's one definition, <see cref="Model.Placements.FullTimeEducation"/>. DfE registration guidance: 18.
    /// </summary>
    public decimal FullTimeHoursPerWeek { get; set; } = Model.Placements.FullTimeEducation.GuidanceHoursPerWeek;

    /// <summary>How long after a review or report falls due it counts as overdue.</summary>
    public TimeSpan OverdueAfter { get; set; } = TimeSpan.FromDays(7);

    /// <summary>The longest gap between agreement reviews the parents may agree to: a term (<see cref="Model.Rules.AgreementReviewCadence"/>).</summary>
    public int MaxReviewEveryWeeks { get; set; } = 14;
}
