using APPlatform.Attendance.Model.Rules;

namespace APPlatform.Attendance.Model.Tests;

public sealed class MarkOnTimetabledSessionTests
{
    private static readonly DateOnly Monday = new(2026, 9, 7);

    [Fact]
    public void ATimetabledSessionWithinThePlacementMayBeMarked()
    {
        var placement = Placements.Running(Monday, end: Monday.AddDays(30));

        Assert.Null(MarkOnTimetabledSession.Check(placement, Monday, Session.PM));
        Assert.True(MarkOnTimetabledSession.IsExpected(placement, Monday.AddDays(2), Session.AM));
    }

    [Fact]
    public void ASessionNotOnTheTimetableIsRefused() =>
        Assert.Equal("The pupil is not timetabled at the provider on Tuesday PM.",
            MarkOnTimetabledSession.Check(Placements.Running(Monday), Monday.AddDays(1), Session.PM));

    [Fact]
    public void ASessionBeforeThePlacementStartsIsRefused() =>
        Assert.Equal("The placement starts on 2026-09-07.", MarkOnTimetabledSession.Check(Placements.Running(Monday), Monday.AddDays(-7), Session.AM));

    [Fact]
    public void ASessionAfterThePlannedEndIsRefused() =>
        Assert.Equal("The placement is planned to end on 2026-09-14.",
            MarkOnTimetabledSession.Check(Placements.Running(Monday, end: Monday.AddDays(7)), Monday.AddDays(14), Session.AM));

    [Fact]
    public void ASessionAfterThePlacementEndedIsRefused() =>
        Assert.Equal("The placement ended on 2026-09-14.",
            MarkOnTimetabledSession.Check(Placements.Running(Monday, end: Monday.AddDays(7), ended: true), Monday.AddDays(14), Session.AM));

    [Fact]
    public void TheLastDayOfThePlacementMayBeMarked() =>
        Assert.Null(MarkOnTimetabledSession.Check(Placements.Running(Monday, end: Monday.AddDays(7)), Monday.AddDays(7), Session.AM));
}
