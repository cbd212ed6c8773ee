namespace APPlatform.Referrals.Model.Policies;

/// <summary>A term, with its half-term break if it has one.</summary>
/// <param name="Name">The term's name, e.g. Autumn 2026.</param>
/// <param name="Starts">Its first day (ISO date).</param>
/// <param name="Ends">Its last day (ISO date).</param>
/// <param name="HalfTermStarts">The half-term break's first day (ISO date), if it has one.</param>
/// <param name="HalfTermEnds">The half-term break's last day (ISO date), if it has one.</param>
public sealed record Term(string Name, DateOnly Starts, DateOnly Ends, DateOnly? HalfTermStarts = null, DateOnly? HalfTermEnds = null)
{
    public bool IsTeachingDay(DateOnly day) =>
        Starts <= day && day <= Ends && !(HalfTermStarts <= day && day <= HalfTermEnds);
}

/// <summary>
/// A school's terms, half-terms and closures (INSET days, bank holidays inside a term). School days are the weekdays inside a term
/// that are not closures: the notice before an off-site direction and the days of a suspension are counted in them.
/// A school without its own uses Referral:DefaultSchoolCalendar.
/// </summary>
public sealed class SchoolCalendar
{
    /// <summary>The school the calendar belongs to.</summary>
    public Guid SchoolId { get; set; }

    /// <summary>Its terms, each with its half-term break.</summary>
    public List<Term> Terms { get; set; } = [];

    /// <summary>Days inside a term the school is closed (INSET days, bank holidays), as ISO dates.</summary>
    public List<DateOnly> Closures { get; set; } = [];

    public bool IsSchoolDay(DateOnly day) =>
        day.DayOfWeek is not (DayOfWeek.Saturday or DayOfWeek.Sunday) &&
        Terms.Any(t => t.IsTeachingDay(day)) &&
        !Closures.Contains(day);

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

    /// <summary>The <paramref name="n"/>th school day counting <paramref name="first"/> as day one (if it is a school day).</summary>
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

    public Term? TermOf(DateOnly day) => Terms.OrderBy(t => t.Starts).FirstOrDefault(t => t.Ends >= day);
}
