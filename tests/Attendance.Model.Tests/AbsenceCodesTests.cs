namespace APPlatform.Attendance.Model.Tests;

/// <summary>Each code a school may confirm for a missed session, and how the attendance summary then counts the session.</summary>
public sealed class AbsenceCodesTests
{
    private static MarkFacts Absent(string code) => new(Guid.Empty, default, MarkStatus.Absent, code);

    [Theory]
    [InlineData("I", "authorised")]
    [InlineData("M", "authorised")]
    [InlineData("C", "authorised")]
    [InlineData("C1", "authorised")]
    [InlineData("C2", "authorised")]
    [InlineData("E", "authorised")]
    [InlineData("J1", "authorised")]
    [InlineData("S", "authorised")]
    [InlineData("T", "authorised")]
    [InlineData("R", "authorised")]
    [InlineData("G", "unauthorised")]
    [InlineData("O", "unauthorised")]
    [InlineData("U", "unauthorised")]
    [InlineData("Q", "not possible")]
    [InlineData(AbsenceCodes.NoReasonYet, "unauthorised")]
    public void AnAbsenceCountsInTheSummaryAsItsCodeSays(string code, string counted)
    {
        var summary = AttendanceSummary.Of([Absent(code)]);

        Assert.Equal(counted == "not possible" ? 0 : 1, summary.SessionsPossible);
        Assert.Equal(counted == "authorised" ? 1 : 0, summary.AuthorisedAbsence);
        Assert.Equal(counted == "unauthorised" ? 1 : 0, summary.UnauthorisedAbsence);
        Assert.Equal(code == AbsenceCodes.NoReasonYet ? 1 : 0, summary.Unexplained);
    }

    [Fact]
    public void TheCodesASchoolMayConfirmAreTheAbsenceCodesOfTheNationalTable() =>
        Assert.All(AbsenceCodes.All.Values, code => Assert.False(code.IsAttendance, code.Code));

    [Theory]
    [InlineData(MarkStatus.Present, "B")]
    [InlineData(MarkStatus.Present, "K")]
    [InlineData(MarkStatus.Late, "D")]
    public void ASessionAttendedAtTheProviderCountsThereWhateverItsHomeSchoolCode(MarkStatus status, string code)
    {
        var summary = AttendanceSummary.Of([new MarkFacts(Guid.Empty, default, status, code)]);

        Assert.Equal((1, 1, 100m), (summary.SessionsPossible, summary.Attended, summary.AttendancePercent));
    }

    [Fact]
    public void NoPossibleSessionIsAHundredPercentAndNeitherPersistentNorSevere()
    {
        var summary = AttendanceSummary.Of([Absent("Q")]);

        Assert.Equal((0, 100m, false, false), (summary.SessionsPossible, summary.AttendancePercent, summary.PersistentAbsence, summary.SevereAbsence));
    }
}
