using APPlatform.Attendance.Infrastructure;

namespace APPlatform.Attendance.Model.Tests;

/// <summary>SI 2024/208 reg. 7: every register entry is kept at least six years from the day it was made.</summary>
public sealed class RetentionScheduleTests
{
    [Theory]
    [InlineData("2026-12-03")]
    [InlineData("2023-03-01")]
    [InlineData("2024-02-29")]
    [InlineData("2027-09-01")]
    public void ARegisterEntryIsKeptSixYearsWhateverLeapDaysTheyHold(string made)
    {
        var day = DateOnly.Parse(made).ToDateTime(TimeOnly.MinValue);

        var kept = day + RetentionSchedule.Registers;

        Assert.True(kept >= day.AddYears(6), $"deleted on {kept:yyyy-MM-dd}, before six years");
        Assert.True(kept <= day.AddYears(6).AddDays(2), $"kept until {kept:yyyy-MM-dd}, days past six years");
    }
}
