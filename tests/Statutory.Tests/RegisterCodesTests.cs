using APPlatform.Statutory.Attendance;

namespace APPlatform.Statutory.Tests;

/// <summary>The national register codes, each counted as WTISA (2024) counts it.</summary>
public sealed class RegisterCodesTests
{
    /// <summary>Every code of SI 2024/208 reg. 10 and what WTISA's code table counts it as.</summary>
    public static readonly TheoryData<string, CountsAs> Table = new()
    {
        { "/", CountsAs.Present }, { "\\", CountsAs.Present }, { "L", CountsAs.Present },
        { "K", CountsAs.ApprovedEducationalActivity }, { "V", CountsAs.ApprovedEducationalActivity }, { "P", CountsAs.ApprovedEducationalActivity },
        { "W", CountsAs.ApprovedEducationalActivity }, { "B", CountsAs.ApprovedEducationalActivity },
        { "C1", CountsAs.AuthorisedAbsence }, { "M", CountsAs.AuthorisedAbsence }, { "J1", CountsAs.AuthorisedAbsence }, { "S", CountsAs.AuthorisedAbsence },
        { "C2", CountsAs.AuthorisedAbsence }, { "C", CountsAs.AuthorisedAbsence }, { "T", CountsAs.AuthorisedAbsence }, { "R", CountsAs.AuthorisedAbsence },
        { "I", CountsAs.AuthorisedAbsence }, { "E", CountsAs.AuthorisedAbsence },
        { "G", CountsAs.UnauthorisedAbsence }, { "N", CountsAs.UnauthorisedAbsence }, { "O", CountsAs.UnauthorisedAbsence }, { "U", CountsAs.UnauthorisedAbsence },
        { "D", CountsAs.NotPossible }, { "X", CountsAs.NotPossible }, { "Q", CountsAs.NotPossible },
        { "Y1", CountsAs.NotPossible }, { "Y2", CountsAs.NotPossible }, { "Y3", CountsAs.NotPossible }, { "Y4", CountsAs.NotPossible },
        { "Y5", CountsAs.NotPossible }, { "Y6", CountsAs.NotPossible }, { "Y7", CountsAs.NotPossible },
        { "Z", CountsAs.NotPossible }, { "#", CountsAs.NotPossible },
    };

    [Theory]
    [MemberData(nameof(Table))]
    public void EachCodeCountsAsTheGuidanceSays(string code, CountsAs countsAs) => Assert.Equal(countsAs, RegisterCodes.All[code].CountsAs);

    [Fact]
    public void TheTableHoldsEveryNationalCodeAndNoOther() =>
        Assert.Equal(Table.Select(row => row.Data.Item1).Order(), RegisterCodes.All.Keys.Order());

    [Theory]
    [InlineData("/", true, true)]
    [InlineData("B", true, true)]
    [InlineData("I", true, false)]
    [InlineData("N", true, false)]
    [InlineData("Y2", false, false)]
    public void PresenceAndApprovedActivityAreAttendanceAndOnlyNotPossibleSessionsLeaveTheCount(string code, bool possible, bool attendance)
    {
        Assert.Equal(possible, RegisterCodes.All[code].IsPossible);
        Assert.Equal(attendance, RegisterCodes.All[code].IsAttendance);
    }

    [Theory]
    [InlineData("H")]
    [InlineData("F")]
    [InlineData("J")]
    [InlineData("b")]
    public void AWithdrawnOrMisspeltCodeIsNotInTheTable(string code) => Assert.False(RegisterCodes.All.ContainsKey(code));
}
