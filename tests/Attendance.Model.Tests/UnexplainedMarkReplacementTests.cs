using APPlatform.Attendance.Model.Rules;

namespace APPlatform.Attendance.Model.Tests;

public sealed class UnexplainedMarkReplacementTests
{
    private static readonly UnexplainedMarkReplacement FiveSchoolDays = new(5);

    [Theory]
    [InlineData("2026-12-02", "2026-12-10T00:00:00+00:00")]
    [InlineData("2026-12-04", "2026-12-12T00:00:00+00:00")]
    [InlineData("2026-06-15", "2026-06-23T00:00:00+01:00")]
    public void AnNIsDueForReplacementByTheEndOfTheFifthSchoolDayAfterTheAbsenceInEngland(string absence, string due) =>
        Assert.Equal(DateTimeOffset.Parse(due), FiveSchoolDays.DueFor(DateOnly.Parse(absence)));

    [Theory]
    [InlineData("2026-12-10T00:00:00+00:00", "2026-12-02")]
    [InlineData("2026-12-09T23:59:59+00:00", "2026-12-01")]
    [InlineData("2026-12-14T00:00:00+00:00", "2026-12-06")] // Monday: the weekend's dates were due by Saturday
    [InlineData("2026-06-22T23:30:00+00:00", "2026-06-15")] // half past midnight in England, in summer time
    public void TheDaysWhoseTimeIsUpAreThoseUpToTheLatestWhoseNWasDueByNow(string now, string latest) =>
        Assert.Equal(DateOnly.Parse(latest), FiveSchoolDays.LatestDueBy(DateTimeOffset.Parse(now)));

    [Fact]
    public void AnAbsenceStillCodedNIsMissed() => Assert.True(UnexplainedMarkReplacement.IsMissed(Absent()));

    [Fact]
    public void AnAbsenceGivenTheCodeForItsReasonIsNot()
    {
        var mark = Absent();

        mark.Code = "I";

        Assert.False(UnexplainedMarkReplacement.IsMissed(mark));
    }

    [Fact]
    public void AMarkCorrectedToAttendedIsNot()
    {
        var mark = Absent();

        mark.Record(MarkStatus.Present, null, null, "provider", "B", DateTimeOffset.UnixEpoch.AddHours(1));

        Assert.False(UnexplainedMarkReplacement.IsMissed(mark));
    }

    private static SessionMark Absent()
    {
        var mark = SessionMark.For(Placements.Running(new DateOnly(2026, 11, 30)), new DateOnly(2026, 12, 2), Session.AM, DateTimeOffset.UnixEpoch);
        mark.Record(MarkStatus.Absent, null, null, "provider", "B", DateTimeOffset.UnixEpoch);
        return mark;
    }
}
