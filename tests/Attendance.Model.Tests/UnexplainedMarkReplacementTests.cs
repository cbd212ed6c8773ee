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
