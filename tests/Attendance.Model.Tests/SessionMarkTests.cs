namespace APPlatform.Attendance.Model.Tests;

/// <summary>A session's mark: its register code, late marks, and corrections that keep every version.</summary>
public sealed class SessionMarkTests
{
    private static readonly DateTimeOffset Morning = new(2026, 12, 3, 9, 30, 0, TimeSpan.Zero);

    private static SessionMark NewMark() =>
        SessionMark.For(Placements.Running(new DateOnly(2026, 11, 30)), new DateOnly(2026, 12, 2), Session.AM, Morning);

    [Theory]
    [InlineData(MarkStatus.Present, "B")]
    [InlineData(MarkStatus.Late, "B")]
    [InlineData(MarkStatus.Absent, "N")]
    [InlineData(MarkStatus.Missing, "N")]
    public void AnAttendedSessionTakesThePlacementsCodeAndAnAbsenceNUntilTheSchoolConfirmsIt(MarkStatus status, string code)
    {
        var mark = NewMark();

        mark.Record(status, status == MarkStatus.Late ? 12 : null, null, "register", "B", Morning);

        Assert.Equal(code, mark.Code);
        Assert.Equal(status is MarkStatus.Absent or MarkStatus.Missing, mark.IsAbsence);
    }

    [Fact]
    public void ALateMarkKeepsHowLateThePupilWas()
    {
        var mark = NewMark();

        mark.Record(MarkStatus.Late, 25, "Bus was late", "register", "B", Morning);

        Assert.Equal((MarkStatus.Late, 25, "Bus was late"), (mark.Status, mark.MinutesLate, mark.Reason));
    }

    [Fact]
    public void ACorrectionAddsAVersionAndKeepsTheEarlierOne()
    {
        var mark = NewMark();
        mark.Record(MarkStatus.Absent, null, null, "Robin", "B", Morning);

        Assert.True(mark.Record(MarkStatus.Late, 40, null, "Pat", "B", Morning.AddHours(1)));

        Assert.Equal(2, mark.Version);
        Assert.Equal([(1, MarkStatus.Absent, "Robin"), (2, MarkStatus.Late, "Pat")], mark.History.Select(v => (v.Version, v.Status, v.RecordedBy)));
        Assert.Equal(("B", "Pat", Morning.AddHours(1)), (mark.Code, mark.RecordedBy, mark.RecordedAt));
    }

    [Theory]
    [InlineData(MarkStatus.Absent, null, "Ill", false)]
    [InlineData(MarkStatus.Absent, null, "Ill, GP letter", true)]
    [InlineData(MarkStatus.Late, 10, "Ill", true)]
    public void OnlyAMarkThatSaysSomethingNewIsANewVersion(MarkStatus status, int? minutesLate, string reason, bool recorded)
    {
        var mark = NewMark();
        mark.Record(MarkStatus.Absent, null, "Ill", "register", "B", Morning);

        Assert.Equal(recorded, mark.Record(status, minutesLate, reason, "register", "B", Morning.AddMinutes(5)));

        Assert.Equal(recorded ? 2 : 1, mark.Version);
    }
}
