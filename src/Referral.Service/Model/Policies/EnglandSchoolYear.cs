namespace APPlatform.Referrals.Model.Policies;

/// <summary>
/// England's typical school year, computed for any year so that it never runs out. A school with different dates sets
/// its own calendar. Local authorities set their community schools' dates and academies set their own, but nearly all
/// follow this pattern:
/// <list type="bullet">
/// <item>Autumn term: from the first weekday on or after 2 September. Half-term is the week from the Monday between 22
/// and 28 October. The term ends on the Friday before the week (Monday to Sunday) that holds Christmas Day.</item>
/// <item>Spring term: from the first weekday on or after 4 January. Half-term is the week from the Monday between 12
/// and 18 February. The term ends on the Friday before the week of Good Friday.</item>
/// <item>Easter holidays: the week of Good Friday and the week of Easter Monday.</item>
/// <item>Summer term: from the Monday after the week of Easter Monday. Half-term is the week of the spring bank
/// holiday (the last Monday in May). The early May bank holiday (the first Monday in May) is a closure. The term ends
/// on the last weekday on or before 21 July.</item>
/// </list>
/// That gives about 195 weekdays in term, against the 190 teaching days schools open for (School Teachers' Pay and
/// Conditions: 195 days, 5 of them INSET). INSET days differ from school to school, so a school that wants them
/// counted sets its own calendar.
/// </summary>
public static class EnglandSchoolYear
{
    /// <summary>The three terms of the school year that starts in September of <paramref name="autumnYear"/>.</summary>
    public static IReadOnlyList<Term> Terms(int autumnYear)
    {
        var autumnStarts = WeekdayOnOrAfter(new DateOnly(autumnYear, 9, 2));
        var autumnHalfTerm = MondayBetween(new DateOnly(autumnYear, 10, 22));
        var christmasWeek = MondayOfWeek(new DateOnly(autumnYear, 12, 25));
        var autumn = new Term($"Autumn {autumnYear}", autumnStarts, christmasWeek.AddDays(-3), autumnHalfTerm, autumnHalfTerm.AddDays(4));

        var year = autumnYear + 1;
        var goodFridayWeek = MondayOfWeek(EasterSunday(year).AddDays(-2));
        var springHalfTerm = MondayBetween(new DateOnly(year, 2, 12));
        var spring = new Term(
            $"Spring {year}", WeekdayOnOrAfter(new DateOnly(year, 1, 4)), goodFridayWeek.AddDays(-3), springHalfTerm, springHalfTerm.AddDays(4));

        var summerHalfTerm = LastMonday(year, 5);
        var summer = new Term(
            $"Summer {year}", goodFridayWeek.AddDays(14), WeekdayOnOrBefore(new DateOnly(year, 7, 21)), summerHalfTerm, summerHalfTerm.AddDays(4));
        return [autumn, spring, summer];
    }

    /// <summary>Bank holidays that fall inside the terms of the school year starting in <paramref name="autumnYear"/>.</summary>
    public static IReadOnlyList<DateOnly> Closures(int autumnYear) => [FirstMonday(autumnYear + 1, 5)];

    /// <summary>
    /// The pattern as a calendar for <paramref name="years"/> school years from the one starting in
    /// <paramref name="autumnYear"/>: what a school without its own is shown.
    /// </summary>
    public static SchoolCalendar Calendar(Guid schoolId, int autumnYear, int years) => new()
    {
        SchoolId = schoolId,
        Terms = [.. Enumerable.Range(autumnYear, years).SelectMany(Terms)],
        Closures = [.. Enumerable.Range(autumnYear, years).SelectMany(Closures)],
    };

    /// <summary>The autumn year of the school year (September to August) that <paramref name="day"/> falls in.</summary>
    public static int SchoolYearOf(DateOnly day) => day.Month >= 9 ? day.Year : day.Year - 1;

    public static bool IsSchoolDay(DateOnly day)
    {
        var year = SchoolYearOf(day);
        return day.DayOfWeek is not (DayOfWeek.Saturday or DayOfWeek.Sunday) &&
               Terms(year).Any(t => t.IsTeachingDay(day)) &&
               !Closures(year).Contains(day);
    }

    /// <summary>The term <paramref name="day"/> falls in or, in a holiday, the next one.</summary>
    public static Term TermOf(DateOnly day)
    {
        var year = SchoolYearOf(day);
        return Terms(year).Concat(Terms(year + 1)).First(t => t.Ends >= day);
    }

    /// <summary>Easter Sunday in the Gregorian calendar (the anonymous Gregorian algorithm: Meeus, Jones, Butcher).</summary>
    public static DateOnly EasterSunday(int year)
    {
        var a = year % 19;
        var b = year / 100;
        var c = year % 100;
        var d = b / 4;
        var e = b % 4;
        var f = (b + 8) / 25;
        var g = (b - f + 1) / 3;
        var h = ((19 * a) + b - d - g + 15) % 30;
        var i = c / 4;
        var k = c % 4;
        var l = (32 + (2 * e) + (2 * i) - h - k) % 7;
        var m = (a + (11 * h) + (22 * l)) / 451;
        var month = (h + l - (7 * m) + 114) / 31;
        var day = ((h + l - (7 * m) + 114) % 31) + 1;
        return new DateOnly(year, month, day);
    }

    private static DateOnly WeekdayOnOrAfter(DateOnly day) => day.DayOfWeek switch
    {
        DayOfWeek.Saturday => day.AddDays(2),
        DayOfWeek.Sunday => day.AddDays(1),
        _ => day,
    };

    private static DateOnly WeekdayOnOrBefore(DateOnly day) => day.DayOfWeek switch
    {
        DayOfWeek.Saturday => day.AddDays(-1),
        DayOfWeek.Sunday => day.AddDays(-2),
        _ => day,
    };

    /// <summary>The Monday in the seven days from <paramref name="first"/>.</summary>
    private static DateOnly MondayBetween(DateOnly first) => first.AddDays(((int)DayOfWeek.Monday - (int)first.DayOfWeek + 7) % 7);

    private static DateOnly MondayOfWeek(DateOnly day) => day.AddDays(-(((int)day.DayOfWeek + 6) % 7));

    private static DateOnly FirstMonday(int year, int month) => MondayBetween(new DateOnly(year, month, 1));

    private static DateOnly LastMonday(int year, int month) => MondayOfWeek(new DateOnly(year, month, DateTime.DaysInMonth(year, month)));
}
