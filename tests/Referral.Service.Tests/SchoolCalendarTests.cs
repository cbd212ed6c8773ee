using APPlatform.Referrals.Model.Policies;

namespace APPlatform.Referrals.Tests;

public sealed class SchoolCalendarTests
{
    private static readonly SchoolCalendar calendar = new()
    {
        Terms = [new Term("Autumn 2026", new(2026, 9, 2), new(2026, 12, 18), new(2026, 10, 26), new(2026, 10, 30))],
        Closures = [new(2026, 11, 2)],
    };

    [Theory]
    [InlineData("2026-09-01", false)] // before the term
    [InlineData("2026-09-02", true)]
    [InlineData("2026-09-05", false)] // Saturday
    [InlineData("2026-10-28", false)] // half-term
    [InlineData("2026-11-02", false)] // INSET closure
    [InlineData("2026-11-03", true)]
    [InlineData("2026-12-21", false)] // holidays
    public void SchoolDaysAreTermWeekdaysOutsideHalfTermAndClosures(string day, bool schoolDay) =>
        Assert.Equal(schoolDay, calendar.IsSchoolDay(DateOnly.Parse(day)));

    [Fact]
    public void SchoolDaysBetweenCountsNeitherEndAndSkipsTheBreak() =>
        Assert.Equal(1, calendar.SchoolDaysBetween(new(2026, 10, 22), new(2026, 11, 3))); // only Friday 23 Oct

    [Fact]
    public void DaySixOfASuspensionStartingBeforeHalfTermFallsAfterIt() =>
        Assert.Equal(new DateOnly(2026, 11, 5), calendar.NthSchoolDay(new(2026, 10, 21), 6)); // 21, 22, 23 Oct; 3, 4, 5 Nov (2 Nov closed)

    [Fact]
    public void TheTermOfADayInAHolidayIsTheNextOne() =>
        Assert.Equal("Autumn 2026", calendar.TermOf(new(2026, 8, 20))?.Name);
}
