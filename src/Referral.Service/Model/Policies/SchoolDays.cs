namespace APPlatform.Referrals.Model.Policies;

/// <summary>
/// The school days the platform counts in for one school. On the days the school's own calendar covers, its own
/// calendar decides. On every other day, and for a school with no calendar of its own, England's typical year decides
/// (<see cref="EnglandSchoolYear"/>). So a count never comes out as zero days just because a calendar has run out.
/// The days the school's own calendar did not cover are still a problem, so the first of them is kept in
/// <see cref="FirstUncoveredDay"/>: the school is told, and the service's health names the school
/// (SchoolPolicies.InSchoolDaysAsync).
/// </summary>
/// <remarks>
/// School days count toward the two-school-day notice of an off-site direction (SI 2010/1156 reg 3), a suspension's
/// day six (EIA 2006 s100) and the term a termly report covers (trust policy §10.6).
/// </remarks>
public sealed class SchoolDays(SchoolCalendar? own)
{
    /// <summary>The school's own calendar, if it has one.</summary>
    public SchoolCalendar? Own => own;

    /// <summary>The earliest day asked about that the school's own calendar does not cover, if any.</summary>
    public DateOnly? FirstUncoveredDay { get; private set; }

    public bool IsSchoolDay(DateOnly day) => Covered(day) ? own!.IsSchoolDay(day) : EnglandSchoolYear.IsSchoolDay(day);

    /// <summary>School days strictly after <paramref name="from"/> and strictly before <paramref name="until"/>.</summary>
    public int SchoolDaysBetween(DateOnly from, DateOnly until)
    {
        var count = 0;
        for (var day = from.AddDays(1); day < until; day = day.AddDays(1))
        {
            count += IsSchoolDay(day) ? 1 : 0;
        }

        return count;
    }

    /// <summary>
    /// The <paramref name="n"/>th school day counting <paramref name="first"/> as day one (if it is a school day), or
    /// null if the school's own calendar has fewer than <paramref name="n"/> in the year from <paramref name="first"/>.
    /// </summary>
    public DateOnly? NthSchoolDay(DateOnly first, int n)
    {
        var seen = 0;
        for (var day = first; day <= first.AddDays(366); day = day.AddDays(1))
        {
            if (IsSchoolDay(day) && ++seen == n)
            {
                return day;
            }
        }

        return null;
    }

    /// <summary>The term <paramref name="day"/> falls in or, in a holiday, the next one.</summary>
    public Term TermOf(DateOnly day) => Covered(day) ? own!.TermOf(day)! : EnglandSchoolYear.TermOf(day);

    private bool Covered(DateOnly day)
    {
        if (own is null)
        {
            return false;
        }

        if (own.Covers(day))
        {
            return true;
        }

        if (FirstUncoveredDay is null || day < FirstUncoveredDay)
        {
            FirstUncoveredDay = day;
        }

        return false;
    }
}
