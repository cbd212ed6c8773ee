using APPlatform.Contracts.Placements;
using APPlatform.Statutory.Attendance;

namespace APPlatform.Attendance.Model.Tests;

/// <summary>
/// Attendance's copy of a placement applies the shared B, K or D rule (tested itself in Statutory.Tests): its marks take
/// the code, and a placement whose mode the rule does not know is not copied.
/// </summary>
public sealed class PlacementRegistrationModeTests
{
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
