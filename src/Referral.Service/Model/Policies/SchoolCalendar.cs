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
/// A school's own terms, half-terms and closures (INSET days, bank holidays inside a term). It covers the days from
/// its first term's start to its last term's end. School days are counted in it on those days, and in England's
/// typical year outside them (<see cref="SchoolDays"/>). A school without its own calendar is counted in England's
/// typical year throughout (<see cref="EnglandSchoolYear"/>).
/// </summary>
public sealed class SchoolCalendar
{
    /// <summary>The school the calendar belongs to.</summary>
    public Guid SchoolId { get; set; }

    /// <summary>Its terms, each with its half-term break.</summary>
    public List<Term> Terms { get; set; } = [];

    /// <summary>Days inside a term the school is closed (INSET days, bank holidays), as ISO dates.</summary>
    public List<DateOnly> Closures { get; set; } = [];

    /// <summary>
    /// The governing board's interval in weeks between reviews of an off-site direction; null for
    /// <see cref="Rules.OffSiteDirectionReviews.DefaultWeeks"/>.
    /// </summary>
    public int? OffSiteDirectionReviewWeeks { get; set; }

    /// <summary>
    /// The first day the platform needed that these terms do not cover (ISO date), until the school sets terms that
    /// do. That day was counted in England's typical year. The school has been told, and the service's health names it.
    /// </summary>
    public DateOnly? UncoveredDayNeeded { get; set; }

    /// <summary>The first day it covers: its first term's start (ISO date).</summary>
    public DateOnly? CoversFrom => Terms.Count == 0 ? null : Terms.Min(t => t.Starts);

    /// <summary>The last day it covers: its last term's end (ISO date).</summary>
    public DateOnly? CoversUntil => Terms.Count == 0 ? null : Terms.Max(t => t.Ends);

    public bool Covers(DateOnly day) => CoversFrom <= day && day <= CoversUntil;

    /// <summary>
    /// The school sets its calendar again. A day it was told its old terms did not cover is cleared once the new
    /// terms cover it.
    /// </summary>
    public void Set(IEnumerable<Term> terms, IEnumerable<DateOnly> closures, int? offSiteDirectionReviewWeeks = null)
    {
        OffSiteDirectionReviewWeeks = offSiteDirectionReviewWeeks;
        Terms = [.. terms.OrderBy(t => t.Starts)];
        Closures = [.. closures.Distinct().Order()];
        if (UncoveredDayNeeded is { } day && Covers(day))
        {
            UncoveredDayNeeded = null;
        }
    }

    /// <summary>Whether a day it covers is a school day: a weekday in a term, outside half-term, not a closure.</summary>
    public bool IsSchoolDay(DateOnly day) =>
        day.DayOfWeek is not (DayOfWeek.Saturday or DayOfWeek.Sunday) &&
        Terms.Any(t => t.IsTeachingDay(day)) &&
        !Closures.Contains(day);

    /// <summary>The term a day it covers falls in or, in a holiday, the next one.</summary>
    public Term? TermOf(DateOnly day) => Terms.OrderBy(t => t.Starts).FirstOrDefault(t => t.Ends >= day);
}
