using APPlatform.Attendance.Summaries;

namespace APPlatform.Attendance.Model.Tests;

/// <summary>Sessions counted as WTISA counts them (persistent 10%, severe 50%), and the register export built from their codes.</summary>
public sealed class AttendanceSummaryTests
{
    private static MarkFacts Fact(MarkStatus status, string code = AbsenceCodes.NoReasonYet) => new(Guid.Empty, default, status, code);

    [Fact]
    public void PossibleAttendedAuthorisedAndUnauthorisedAreCountedAsWtisaDoes()
    {
        var summary = AttendanceSummary.Of([
            .. Enumerable.Repeat(Fact(MarkStatus.Present, "B"), 6), Fact(MarkStatus.Late, "B"),
            Fact(MarkStatus.Absent, "I"), Fact(MarkStatus.Absent), Fact(MarkStatus.Missing), Fact(MarkStatus.Absent, "Q"),
        ]);

        Assert.Equal(10, summary.SessionsPossible);
        Assert.Equal(7, summary.Attended);
        Assert.Equal(1, summary.AuthorisedAbsence);
        Assert.Equal(2, summary.UnauthorisedAbsence);
        Assert.Equal(2, summary.Unexplained);
        Assert.Equal(70m, summary.AttendancePercent);
        Assert.True(summary.PersistentAbsence);
        Assert.False(summary.SevereAbsence);
    }

    [Fact]
    public void SessionsCountedByWeekGiveTheSummaryTheirMarksGive()
    {
        var monday = new DateOnly(2026, 11, 2);
        List<MarkFacts> marks =
        [
            .. Enumerable.Range(0, 12).Select(day => Placements.Mark(monday.AddDays(day), MarkStatus.Present, "B")),
            Placements.Mark(monday, MarkStatus.Absent, "I"), Placements.Mark(monday.AddDays(8), MarkStatus.Absent),
            Placements.Mark(monday.AddDays(9), MarkStatus.Missing), Placements.Mark(monday.AddDays(9), MarkStatus.Absent, "Q"),
        ];

        var counts = MarkCount.Of(marks).ToList();

        Assert.Equal([monday, monday.AddDays(7)], counts.Select(c => c.Week).Distinct().Order());
        Assert.Equal(AttendanceSummary.Of(marks), AttendanceSummary.Of(counts));
    }

    [Theory]
    [InlineData(19, 1, false, false)]
    [InlineData(91, 9, false, false)]
    [InlineData(9, 1, true, false)]
    [InlineData(51, 49, true, false)]
    [InlineData(1, 1, true, true)]
    public void TenPercentMissedIsPersistentAndFiftySevere(int present, int absent, bool persistent, bool severe)
    {
        var summary = AttendanceSummary.Of([.. Enumerable.Repeat(Fact(MarkStatus.Present, "B"), present), .. Enumerable.Repeat(Fact(MarkStatus.Absent, "O"), absent)]);

        Assert.Equal(persistent, summary.PersistentAbsence);
        Assert.Equal(severe, summary.SevereAbsence);
    }

    [Fact]
    public void TheExportHasOneRowPerSessionWithNForAReasonNotYetKnown()
    {
        var pupil = Guid.NewGuid();
        var present = new SessionMark { Id = Guid.NewGuid(), PupilId = pupil, Date = new(2026, 11, 30), Session = Session.AM };
        present.Record(MarkStatus.Present, null, null, "p", "B", DateTimeOffset.UtcNow);
        var absent = new SessionMark { Id = Guid.NewGuid(), PupilId = pupil, Date = new(2026, 11, 30), Session = Session.PM };
        absent.Record(MarkStatus.Absent, null, null, "p", "B", DateTimeOffset.UtcNow);

        var csv = RegisterExport.ToCsv([absent, present], new Dictionary<Guid, string> { [pupil] = "H123456789010" });

        Assert.Equal("UPN,Date,Session,Code\r\nH123456789010,2026-11-30,AM,B\r\nH123456789010,2026-11-30,PM,N\r\n", csv);
    }
}
