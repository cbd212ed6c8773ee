using APPlatform.ServiceDefaults.Authentication;

namespace APPlatform.Attendance.Model.Tests;

/// <summary>Who sees a placement's attendance and who follows up its absences.</summary>
public sealed class AccessTests
{
    private static readonly Guid School = Guid.NewGuid(), Provider = Guid.NewGuid(), LocalAuthority = Guid.NewGuid();

    private static readonly Placement Placed = new() { PlacementId = Guid.NewGuid(), SchoolId = School, ProviderId = Provider, LocalAuthorityId = LocalAuthority };

    private static Caller As(OrganisationType type, bool own) => Callers.Of(type, !own ? Guid.NewGuid() : type switch
    {
        OrganisationType.School => School,
        OrganisationType.Provider => Provider,
        OrganisationType.LocalAuthority => LocalAuthority,
        _ => Guid.NewGuid(),
    });

    private static AbsenceCase Case(EscalatedTo? to)
    {
        var absence = new AbsenceCase { Id = Guid.NewGuid(), SchoolId = School, ProviderId = Provider, LocalAuthorityId = LocalAuthority };
        if (to is { } escalated)
        {
            absence.Escalate(escalated, "No contact", Callers.AttendanceLead, DateTimeOffset.UnixEpoch);
        }

        return absence;
    }

    [Theory]
    [InlineData(OrganisationType.School, true, true)]
    [InlineData(OrganisationType.School, false, false)]
    [InlineData(OrganisationType.Provider, true, true)]
    [InlineData(OrganisationType.Provider, false, false)]
    [InlineData(OrganisationType.LocalAuthority, true, true)]
    [InlineData(OrganisationType.LocalAuthority, false, false)]
    [InlineData(OrganisationType.PlatformAdmin, false, true)]
    public void APlacementsSchoolProviderLocalAuthorityAndThePlatformAdminSeeItsAttendance(OrganisationType type, bool own, bool sees)
    {
        var caller = As(type, own);

        Assert.Equal(sees, caller.MaySee(Placed));
        Assert.Equal(sees, new[] { Placed }.AsQueryable().VisibleTo(caller).Any());
    }

    [Theory]
    [InlineData(OrganisationType.School, true, null, true, true)]
    [InlineData(OrganisationType.School, false, null, false, false)]
    [InlineData(OrganisationType.PlatformAdmin, false, null, true, true)]
    [InlineData(OrganisationType.Provider, true, null, false, false)]
    [InlineData(OrganisationType.LocalAuthority, true, null, false, false)]
    [InlineData(OrganisationType.LocalAuthority, true, EscalatedTo.Dsl, false, false)]
    [InlineData(OrganisationType.LocalAuthority, true, EscalatedTo.LocalAuthority, true, false)]
    [InlineData(OrganisationType.LocalAuthority, false, EscalatedTo.LocalAuthority, false, false)]
    public void TheSchoolFollowsUpItsAbsencesAndTheLocalAuthoritySeesThoseEscalatedToIt(
        OrganisationType type, bool own, EscalatedTo? escalated, bool sees, bool followsUp)
    {
        var (caller, absence) = (As(type, own), Case(escalated));

        Assert.Equal(sees, caller.MaySee(absence));
        Assert.Equal(followsUp, caller.MayFollowUp(absence));
    }
}
