using APPlatform.Attendance.Model.Rules;

namespace APPlatform.Attendance.Model.Tests;

public sealed class FridayFiguresTests
{
    private static readonly FridayFigures AtFour = new(new TimeOnly(16, 0));

    [Theory]
    [InlineData("2026-11-30T08:00:00+00:00", "2026-12-04")]
    [InlineData("2026-12-02T10:00:00+00:00", "2026-12-04")]
    [InlineData("2026-12-04T15:59:00+00:00", "2026-12-04")]
    [InlineData("2026-12-04T16:00:00+00:00", "2026-12-11")]
    [InlineData("2026-12-05T09:00:00+00:00", "2026-12-11")]
    [InlineData("2026-12-06T23:00:00+00:00", "2026-12-11")]
    public void TheFiguresComeOnTheFridayStillToComeAtFour(string now, string friday) =>
        Assert.Equal(DateOnly.Parse(friday), AtFour.NextFriday(DateTimeOffset.Parse(now)));

    [Fact]
    public void FourOClockIsInEngland() =>
        Assert.Equal(new DateTimeOffset(2026, 6, 19, 16, 0, 0, TimeSpan.FromHours(1)), AtFour.DueOn(new DateOnly(2026, 6, 19)));
}
