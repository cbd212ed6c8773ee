using APPlatform.Referrals.Model.Policies;
using APPlatform.ServiceDefaults.Errors;

namespace APPlatform.Referrals.Model.Rules;

/// <summary>
/// A suspension of more than <see cref="SchoolDaysWithoutDuty"/> school days obliges the school to provide full-time
/// education from the sixth: day six is the suspension's sixth school day, counting its first day as day one, in the
/// school's days. A permanent exclusion obliges the local authority from its sixth school day, counted the same way in
/// the excluding school's days. A long suspension or an exclusion always has its day six: a calendar that cannot give
/// one is refused, never passed over.
/// </summary>
/// <remarks>Education and Inspections Act 2006 s100 and s101 (and the 2007 regulations); Education Act 1996 s19; trust policy §10.3.</remarks>
public static class DaySix
{
    public const int SchoolDaysWithoutDuty = 5;

    /// <summary>Day six of a suspension of <paramref name="schoolDays"/> from <paramref name="firstDay"/>, or null when it is not long enough to have one.</summary>
    public static DateOnly? Of(DateOnly firstDay, int schoolDays, SchoolDays days) =>
        schoolDays <= SchoolDaysWithoutDuty ? null : From(firstDay, days);

    /// <summary>Day six of an exclusion (or a long suspension) whose first day is <paramref name="firstDay"/>.</summary>
    public static DateOnly From(DateOnly firstDay, SchoolDays days) =>
        days.NthSchoolDay(firstDay, SchoolDaysWithoutDuty + 1)
        ?? throw new RuleViolationException(
            $"The school's calendar has fewer than six school days in the year from {firstDay:yyyy-MM-dd}: correct its terms first.");
}
