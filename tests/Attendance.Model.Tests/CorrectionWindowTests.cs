using APPlatform.Attendance.Model.Rules;

namespace APPlatform.Attendance.Model.Tests;

public sealed class CorrectionWindowTests
{
    private static readonly DateOnly Today = new(2026, 12, 4);
    private static readonly CorrectionWindow SevenDays = new(7);

    [Fact]
    public void TodayAndTheLastSevenDaysMayBeMarked()
    {
        Assert.Null(SevenDays.Check(Today, Today));
        Assert.Null(SevenDays.Check(Today.AddDays(-7), Today));
    }

    [Fact]
    public void ASessionOlderThanTheWindowIsTheSchoolsToCorrect() =>
        Assert.Equal("Marks may be posted or corrected for 7 days; 2026-11-26 is too long ago. Ask the school to correct it.",
            SevenDays.Check(Today.AddDays(-8), Today));

    [Fact]
    public void AFutureSessionCannotBeMarked() =>
        Assert.Equal("2026-12-05 is in the future: marks are for sessions that have happened.", SevenDays.Check(Today.AddDays(1), Today));

    [Theory]
    [InlineData(0, true)]
    [InlineData(-3, true)]
    [InlineData(-4, false)]
    [InlineData(1, false)]
    public void AConfiguredWindowMovesTheLimit(int days, bool accepted) =>
        Assert.Equal(accepted, new CorrectionWindow(3).Check(Today.AddDays(days), Today) is null);
}
