using APPlatform.ServiceDefaults.Errors;

namespace APPlatform.Referrals.Model.Rules;

/// <summary>
/// The parents' agreement is reviewed at least termly: the interval agreed at the meeting is at most
/// <paramref name="MaxWeeks"/> weeks (a term), that many when none is agreed, and each review is due that interval
/// after the start or the last review.
/// </summary>
/// <remarks>Trust policy §7: the agreement is reviewed at least termly (Referral:MaxReviewEveryWeeks, 14).</remarks>
public sealed record AgreementReviewCadence(int MaxWeeks)
{
    /// <summary>The interval for an agreement that asked for <paramref name="agreedWeeks"/>; a longer one is refused.</summary>
    public int WeeksFor(int? agreedWeeks) => agreedWeeks > MaxWeeks
        ? throw new RuleViolationException($"The agreement is reviewed at least termly: every {MaxWeeks} weeks at most (trust policy §7).")
        : agreedWeeks ?? MaxWeeks;

    /// <summary>When the next review is due after <paramref name="from"/> (the start, or the last review held).</summary>
    public DateOnly NextDue(DateOnly from, int? agreedWeeks) => from.AddDays(7 * (agreedWeeks ?? MaxWeeks));
}
