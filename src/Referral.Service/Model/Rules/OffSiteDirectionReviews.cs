using APPlatform.ServiceDefaults.Errors;

namespace APPlatform.Referrals.Model.Rules;

/// <summary>
/// An off-site direction is reviewed at the interval the school's governing board set (<see cref="DefaultWeeks"/>
/// when it set none): the next review is due that interval after the start or the last review. The parents may ask
/// for one, and it is then due at once, unless one was held in the <see cref="RequestBarWeeks"/> weeks before.
/// </summary>
/// <remarks>SI 2010/1156 reg 4 (as amended by SI 2012/2532): reviews at the governing board's intervals, and on request unless one was held in the last 10 weeks.</remarks>
public static class OffSiteDirectionReviews
{
    /// <summary>Half-termly, as commissioners review their placements (Arranging alternative provision, 2025).</summary>
    public const int DefaultWeeks = 6;

    /// <summary>The longest interval a governing board may set here: a term, as the agreement's reviews.</summary>
    public const int MaxWeeks = 14;

    public const int RequestBarWeeks = 10;

    /// <summary>When the next review is due after <paramref name="from"/> (the start, or the last review held).</summary>
    public static DateOnly NextDue(DateOnly from, int? boardWeeks) => from.AddDays(7 * (boardWeeks ?? DefaultWeeks));

    /// <summary>
    /// Refuses the parents' request made on <paramref name="requestedOn"/> when it is dated after
    /// <paramref name="recordedAt"/> (a request not yet made would push the 10 weeks forward), or when the last review
    /// was held less than <see cref="RequestBarWeeks"/> weeks before it.
    /// </summary>
    public static void CheckRequest(DateOnly requestedOn, DateOnly? lastHeldOn, DateTimeOffset recordedAt)
    {
        // A day's grace: England's date runs ahead of UTC's for an hour of each summer night.
        if (requestedOn > DateOnly.FromDateTime(recordedAt.UtcDateTime).AddDays(1))
        {
            throw new RuleViolationException(
                $"The parents' request is dated {requestedOn:yyyy-MM-dd}, after today: record it on or after the day they asked.");
        }

        if (lastHeldOn > requestedOn.AddDays(-7 * RequestBarWeeks))
        {
            throw new RuleViolationException(
                $"A review was held on {lastHeldOn:yyyy-MM-dd}, in the {RequestBarWeeks} weeks before the parents' request of {requestedOn:yyyy-MM-dd}: " +
                $"one need not be held again until {lastHeldOn.Value.AddDays(7 * RequestBarWeeks):yyyy-MM-dd} (SI 2010/1156 reg 4).");
        }
    }
}
