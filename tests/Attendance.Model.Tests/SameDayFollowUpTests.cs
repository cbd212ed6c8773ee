using APPlatform.Attendance.Model.Rules;

namespace APPlatform.Attendance.Model.Tests;

public sealed class SameDayFollowUpTests
{
    private static readonly SameDayFollowUp ByThreeOrWithinTwoHours = new(new TimeOnly(15, 0), TimeSpan.FromHours(2));

    [Fact]
    public void AMorningAbsenceIsFollowedUpByThreeOClockInEngland()
    {
        var summerDay = new DateOnly(2026, 6, 15);

        var due = ByThreeOrWithinTwoHours.DueFor(summerDay, new DateTimeOffset(2026, 6, 15, 9, 30, 0, TimeSpan.FromHours(1)));

        Assert.Equal(new DateTimeOffset(2026, 6, 15, 15, 0, 0, TimeSpan.FromHours(1)), due);
    }

    [Fact]
    public void AnAbsenceReportedLateInTheDayHasTwoHoursFromItsReport()
    {
        var reported = new DateTimeOffset(2026, 12, 3, 14, 30, 0, TimeSpan.Zero);

        Assert.Equal(reported.AddHours(2), ByThreeOrWithinTwoHours.DueFor(new DateOnly(2026, 12, 3), reported));
    }

    [Fact]
    public void OnlyACaseWithNoContactByItsDeadlineIsAnnounced()
    {
        var absence = new AbsenceCase { Id = Guid.NewGuid() };
        Assert.True(SameDayFollowUp.IsMissed(absence));

        absence.Act(CaseActionKind.Called, "No answer", Callers.AttendanceLead, DateTimeOffset.UnixEpoch);

        Assert.False(SameDayFollowUp.IsMissed(absence));
    }
}
