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

    [Theory]
    [InlineData("2026-12-03T08:00:00+00:00", "2026-12-03T15:00:00+00:00")]
    [InlineData("2026-12-03T12:59:00+00:00", "2026-12-03T15:00:00+00:00")]
    [InlineData("2026-12-03T13:00:00+00:00", "2026-12-03T15:00:00+00:00")]
    [InlineData("2026-12-03T13:01:00+00:00", "2026-12-03T15:01:00+00:00")]
    [InlineData("2026-12-03T18:00:00+00:00", "2026-12-03T20:00:00+00:00")]
    [InlineData("2026-06-15T13:00:00+01:00", "2026-06-15T15:00:00+01:00")]
    [InlineData("2026-06-15T13:30:00+01:00", "2026-06-15T15:30:00+01:00")]
    public void TheFamilyIsContactedByThreeThatDayOrTwoHoursAfterTheReportIfLater(string reported, string due)
    {
        var reportedAt = DateTimeOffset.Parse(reported);

        Assert.Equal(DateTimeOffset.Parse(due), ByThreeOrWithinTwoHours.DueFor(DateOnly.FromDateTime(reportedAt.DateTime), reportedAt));
    }

    [Fact]
    public void AnAbsenceReportedOnALaterDayIsDueTwoHoursAfterItsReport()
    {
        var reported = new DateTimeOffset(2026, 12, 4, 9, 0, 0, TimeSpan.Zero);

        Assert.Equal(reported.AddHours(2), ByThreeOrWithinTwoHours.DueFor(new DateOnly(2026, 12, 3), reported));
    }

    [Theory]
    [InlineData(CaseActionKind.Called, false)]
    [InlineData(CaseActionKind.Messaged, false)]
    [InlineData(CaseActionKind.HomeVisit, false)]
    [InlineData(CaseActionKind.Note, true)]
    public void ACallAMessageOrAVisitIsContactButANoteToTheFileIsNot(CaseActionKind kind, bool missed)
    {
        var absence = new AbsenceCase { Id = Guid.NewGuid() };

        absence.Act(kind, "Tried", Callers.AttendanceLead, DateTimeOffset.UnixEpoch);

        Assert.Equal(missed, SameDayFollowUp.IsMissed(absence));
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
