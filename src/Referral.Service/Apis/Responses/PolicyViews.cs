using APPlatform.Referrals.Model.Policies;
using APPlatform.Referrals.Model.Rules;

namespace APPlatform.Referrals.Apis.Responses;

/// <summary>A trust's own settings for its schools' referrals (or Referral:DefaultTrustPolicy for a trust without one).</summary>
/// <param name="TrustId">The trust the policy belongs to.</param>
/// <param name="Approval">When the trust must approve a referral after the headteacher (trust policy §7).</param>
/// <param name="ApprovalCostPerWeek">Under above_cost, the cost per week in pounds above which the trust must approve.</param>
/// <param name="MaxUnregisteredHoursPerWeek">The policy's "XX hours": the most a pupil may spend at an unregistered provider each week.</param>
/// <param name="UpdatedAt">When the trust last changed it (ISO date-time with offset).</param>
public sealed record TrustPolicyView(Guid TrustId, TrustApprovalRule Approval, decimal? ApprovalCostPerWeek, decimal MaxUnregisteredHoursPerWeek, DateTimeOffset UpdatedAt)
{
    public static TrustPolicyView Of(TrustPolicy p) => new(p.TrustId, p.Approval, p.ApprovalCostPerWeek, p.MaxUnregisteredHoursPerWeek, p.UpdatedAt);
}

/// <summary>A school's terms, half-terms and closures: its own, or England's typical year for a school without its own.</summary>
/// <param name="SchoolId">The school the calendar belongs to.</param>
/// <param name="Terms">Its terms, each with its half-term break.</param>
/// <param name="Closures">Days inside a term the school is closed (INSET days, bank holidays), as ISO dates.</param>
/// <param name="UncoveredDayNeeded">
/// The first day the platform needed that these terms do not cover (ISO date), until the school sets terms that do.
/// </param>
/// <param name="CoversFrom">The first day it covers: its first term's start (ISO date).</param>
/// <param name="CoversUntil">The last day it covers: its last term's end (ISO date).</param>
/// <param name="OffSiteDirectionReviewWeeks">The governing board's interval in weeks between reviews of an off-site direction.</param>
public sealed record SchoolCalendarView(
    Guid SchoolId, List<TermView> Terms, List<DateOnly> Closures, DateOnly? UncoveredDayNeeded, DateOnly? CoversFrom, DateOnly? CoversUntil, int OffSiteDirectionReviewWeeks)
{
    public static SchoolCalendarView Of(SchoolCalendar c) => new(c.SchoolId, [.. c.Terms.Select(TermView.Of)], c.Closures, c.UncoveredDayNeeded, c.CoversFrom, c.CoversUntil,
        c.OffSiteDirectionReviewWeeks ?? OffSiteDirectionReviews.DefaultWeeks);
}

/// <summary>A term, with its half-term break if it has one.</summary>
/// <param name="Name">The term's name, e.g. Autumn 2026.</param>
/// <param name="Starts">Its first day (ISO date).</param>
/// <param name="Ends">Its last day (ISO date).</param>
/// <param name="HalfTermStarts">The half-term break's first day (ISO date), if it has one.</param>
/// <param name="HalfTermEnds">The half-term break's last day (ISO date), if it has one.</param>
public sealed record TermView(string Name, DateOnly Starts, DateOnly Ends, DateOnly? HalfTermStarts, DateOnly? HalfTermEnds)
{
    public static TermView Of(Term t) => new(t.Name, t.Starts, t.Ends, t.HalfTermStarts, t.HalfTermEnds);
}
