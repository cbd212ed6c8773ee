using APPlatform.Statutory.Attendance;

namespace APPlatform.Statutory.Tests;

/// <summary>B, K or D for a session attended at the provider: one rule, which Attendance and Referral both apply.</summary>
public sealed class AttendedSessionCodeTests
{
    [Theory]
    [InlineData(RegistrationModes.Dual, "D")]
    [InlineData(RegistrationModes.ApprovedActivity, "B")]
    [InlineData(RegistrationModes.LaArranged, "K")]
    public void AnAttendedSessionTakesTheCodeOfItsRegistrationMode(string mode, string code) => Assert.Equal(code, AttendedSessionCode.For(mode));

    [Theory]
    [InlineData("")]
    [InlineData("Dual")]
    [InlineData("flexi_school")]
    public void AnUnknownRegistrationModeGetsNoCodeRatherThanB(string mode)
    {
        Assert.False(AttendedSessionCode.IsKnown(mode));
        Assert.Equal(mode, Assert.Throws<UnknownRegistrationModeException>(() => AttendedSessionCode.For(mode)).RegistrationMode);
    }

    [Theory]
    [InlineData(RegistrationModes.ApprovedActivity, CountsAs.ApprovedEducationalActivity)]
    [InlineData(RegistrationModes.LaArranged, CountsAs.ApprovedEducationalActivity)]
    [InlineData(RegistrationModes.Dual, CountsAs.NotPossible)]
    public void AtTheHomeSchoolBAndKCountAsAttendanceAndDIsNotAPossibleSession(string mode, CountsAs countsAs)
    {
        Assert.True(AttendedSessionCode.IsKnown(mode));
        Assert.Equal(countsAs, RegisterCodes.All[AttendedSessionCode.For(mode)].CountsAs);
    }
}
