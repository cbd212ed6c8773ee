namespace APPlatform.Attendance.Model;

/// <summary>
/// The week the AP lead's view and the register export cover: Monday to Sunday, so that any day asked for (today, or a
/// <c>weekStarting</c> that is not a Monday) gives the whole week it falls in. Its school days are Monday to Friday:
/// the service holds no school's term dates, so a day of the holidays counts too, and a duty counted in school days
/// falls due early rather than late.
/// </summary>
public static class SchoolWeek
{
    public static DateOnly MondayOf(DateOnly day) => day.AddDays(-(((int)day.DayOfWeek + 6) % 7));

    public static bool IsSchoolDay(DateOnly day) => day.DayOfWeek is not (DayOfWeek.Saturday or DayOfWeek.Sunday);

    /// <summary>The <paramref name="schoolDays"/>th school day after <paramref name="day"/>.</summary>
    public static DateOnly SchoolDaysAfter(DateOnly day, int schoolDays)
    {
        for (var counted = 0; counted < schoolDays;)
        {
            day = day.AddDays(1);
            counted += IsSchoolDay(day) ? 1 : 0;
        }

        return day;
    }
}
