using APPlatform.Contracts.Placements;
using APPlatform.Statutory.Attendance;

namespace APPlatform.Attendance.Model.Tests;

/// <summary>B, K or D for a session attended at the provider: one rule, shared with Referral.Service.</summary>
public sealed class AttendedSessionCodeTests
{
    [Theory]
    [InlineData("dual", "D")]
    [InlineData("approved_activity", "B")]
    [InlineData("la_arranged", "K")]
    public void AnAttendedSessionTakesTheCodeOfItsRegistrationMode(string mode, string code) => Assert.Equal(code, AttendedSessionCode.For(mode));

    [Theory]
    [InlineData("")]
    [InlineData("Dual")]
    [InlineData("flexi_school")]
    public void AnUnknownRegistrationModeGetsNoCodeRatherThanB(string mode) =>
        Assert.Equal(mode, Assert.Throws<UnknownRegistrationModeException>(() => AttendedSessionCode.For(mode)).RegistrationMode);

    [Fact]
    public void APlacementWithAnUnknownRegistrationModeIsNotCopied()
    {
        var placement = new Placement { PlacementId = Guid.NewGuid() };
        var details = new PlacementDetails(placement.PlacementId, Guid.NewGuid(), Guid.NewGuid(), Guid.NewGuid(), "school", null, Guid.NewGuid(), null,
            "flexi_school", new DateOnly(2026, 9, 7), null, [], 10, false, false, false);

        Assert.Throws<UnknownRegistrationModeException>(() => placement.Apply(details, DateTimeOffset.UnixEpoch));
        Assert.Equal("", placement.RegistrationMode);
    }

    [Fact]
    public void AMarkOfAnLaArrangedPlacementIsCodedK()
    {
        var placement = Placements.Running(new DateOnly(2026, 9, 7), registrationMode: RegistrationModes.LaArranged);
        var mark = SessionMark.For(placement, new DateOnly(2026, 9, 7), Session.AM, DateTimeOffset.UnixEpoch);

        mark.Record(MarkStatus.Late, 5, null, "register", placement.AttendedCode, DateTimeOffset.UnixEpoch);

        Assert.Equal("K", mark.Code);
    }
}
