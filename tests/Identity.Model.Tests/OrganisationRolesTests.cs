using APPlatform.ServiceDefaults.Authentication;
using static APPlatform.ServiceDefaults.Authentication.PersonRoles;

namespace APPlatform.Identity.Model.Tests;

/// <summary>
/// A person holds only the roles their kind of organisation gives (PersonRoles.ForOrganisation, OrganisationRoles):
/// a provider's register staff cannot be made a school's DSL.
/// </summary>
public sealed class OrganisationRolesTests
{
    public static TheoryData<OrganisationType, string[]> Catalogue => new()
    {
        { OrganisationType.School, [Headteacher, ApLead, DesignatedSafeguardingLead, AttendanceLead, Senco, AssessmentLead, Staff, Administrator] },
        { OrganisationType.Trust, [ApLead, Executive, Administrator] },
        { OrganisationType.LocalAuthority, [ApTeam, AttendanceTeam, DirectoryTeam, SendCaseworker, Administrator] },
        { OrganisationType.Provider, [Manager, RegisterStaff, Administrator] },
        { OrganisationType.PlatformAdmin, [Administrator] },
    };

    [Theory]
    [MemberData(nameof(Catalogue))]
    public void EachKindOfOrganisationGivesItsOwnRolesAndAnAdministrator(OrganisationType type, string[] roles)
    {
        Assert.Equal(roles.Order(), PersonRoles.ForOrganisation(type).Order());
        Assert.Null(OrganisationRoles.Refusal(type, roles));
    }

    [Theory]
    [InlineData(OrganisationType.Provider, DesignatedSafeguardingLead)]
    [InlineData(OrganisationType.Provider, Executive)]
    [InlineData(OrganisationType.School, RegisterStaff)]
    [InlineData(OrganisationType.School, SendCaseworker)]
    [InlineData(OrganisationType.School, Executive)]
    [InlineData(OrganisationType.Trust, Headteacher)]
    [InlineData(OrganisationType.LocalAuthority, Senco)]
    [InlineData(OrganisationType.LocalAuthority, ApLead)]
    [InlineData(OrganisationType.PlatformAdmin, ApTeam)]
    public void ARoleAnotherKindOfOrganisationGivesIsRefusedNamingIt(OrganisationType type, string role)
    {
        Assert.Equal([role], OrganisationRoles.NotGivenBy(type, [Administrator, role]));
        Assert.Equal($"A {type.ToClaimValue()} does not give: {role}. It gives: {string.Join(", ", PersonRoles.ForOrganisation(type))}.",
            OrganisationRoles.Refusal(type, [Administrator, role]));
    }

    [Fact]
    public void APersonWithNoRoleIsRefusedAndToldWhichTheOrganisationGives() =>
        Assert.Equal("Give one or more roles: manager, register_staff, administrator.", OrganisationRoles.Refusal(OrganisationType.Provider, []));

    [Fact]
    public void TheDatabaseKnowsEveryRoleAnyOrganisationGivesOnce() =>
        Assert.Equal(Catalogue.SelectMany(row => row.Data.Item2).Distinct().Order(), OrganisationRoles.All.Order());

    [Theory]
    [InlineData(DesignatedSafeguardingLead, "designated safeguarding lead")]
    [InlineData(Senco, "SENCO")]
    [InlineData(ApLead, "AP lead")]
    [InlineData(ApTeam, "AP team")]
    [InlineData(SendCaseworker, "SEND caseworker")]
    [InlineData(AttendanceLead, "attendance lead")]
    public void ARoleIsNamedInASentenceAsPeopleSayIt(string role, string words) => Assert.Equal(words, PersonRoles.Words(role));
}
