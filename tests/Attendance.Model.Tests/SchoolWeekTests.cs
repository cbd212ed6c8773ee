namespace APPlatform.Attendance.Model.Tests;

public sealed class SchoolWeekTests
{
    [Theory]
    [InlineData("2026-11-30")]
    [InlineData("2026-12-01")]
    [InlineData("2026-12-02")]
    [InlineData("2026-12-03")]
    [InlineData("2026-12-04")]
    [InlineData("2026-12-05")]
    [InlineData("2026-12-06")]
    public void AnyDayOfTheWeekGivesTheWeekFromItsMonday(string day) =>
        Assert.Equal(new DateOnly(2026, 11, 30), SchoolWeek.MondayOf(DateOnly.Parse(day)));

    [Fact]
    public void TheNextMondayStartsTheNextWeek() => Assert.Equal(new DateOnly(2026, 12, 7), SchoolWeek.MondayOf(new DateOnly(2026, 12, 7)));

    [Theory]
    [InlineData("2026-12-02", 5, "2026-12-09")]
    [InlineData("2026-12-04", 1, "2026-12-07")]
    [InlineData("2026-12-05", 1, "2026-12-07")]
    [InlineData("2026-12-04", 5, "2026-12-11")]
    public void SchoolDaysAreCountedMondayToFriday(string day, int schoolDays, string then) =>
        Assert.Equal(DateOnly.Parse(then), SchoolWeek.SchoolDaysAfter(DateOnly.Parse(day), schoolDays));
}
