using APPlatform.ServiceDefaults.Authentication;
using static APPlatform.ServiceDefaults.Authentication.PersonRoles;

namespace APPlatform.Identity.Model.Tests;

/// <summary>
/// Where an organisation requires it, the people who see safeguarding detail set up a second factor before any token is
/// issued to them (TwoFactorRule): at a school the headteacher, the DSL, the SENCO and those it names; at a local
/// authority the SEND caseworkers.
/// </summary>
public sealed class TwoFactorRuleTests
{
    [Theory]
    [InlineData(OrganisationType.School, new[] { Headteacher, DesignatedSafeguardingLead, Senco })]
    [InlineData(OrganisationType.LocalAuthority, new[] { SendCaseworker })]
    [InlineData(OrganisationType.Trust, new string[0])]
    [InlineData(OrganisationType.Provider, new string[0])]
    [InlineData(OrganisationType.PlatformAdmin, new string[0])]
    public void TheRolesThatSeeSafeguardingDetailAreTheSchoolsHeadDslAndSencoAndTheLasSendCaseworkers(OrganisationType type, string[] roles) =>
        Assert.Equal(roles.Order(), TwoFactorRule.SafeguardingRoles(type).Order());

    /// <param name="required">The organisation's policy: true, false, or null for none set.</param>
    [Theory]
    [InlineData(OrganisationType.School, Senco, false, false, true, true)]
    [InlineData(OrganisationType.School, DesignatedSafeguardingLead, false, false, true, true)]
    [InlineData(OrganisationType.School, Headteacher, false, false, true, true)]
    [InlineData(OrganisationType.School, AttendanceLead, false, false, true, false)]
    [InlineData(OrganisationType.School, AttendanceLead, true, false, true, true)]
    [InlineData(OrganisationType.School, DesignatedSafeguardingLead, false, true, true, false)]
    [InlineData(OrganisationType.School, DesignatedSafeguardingLead, false, false, false, false)]
    [InlineData(OrganisationType.School, DesignatedSafeguardingLead, false, false, null, false)]
    [InlineData(OrganisationType.LocalAuthority, SendCaseworker, false, false, true, true)]
    [InlineData(OrganisationType.LocalAuthority, ApTeam, false, false, true, false)]
    [InlineData(OrganisationType.Provider, Manager, false, false, true, false)]
    public void APersonMustSetUpASecondFactorOnlyIfTheirOrganisationRequiresItTheySeeSafeguardingDetailAndHaveNone(
        OrganisationType type, string role, bool namedForSafeguarding, bool hasSecondFactor, bool? required, bool mustSetUp)
    {
        var person = new PlatformUser { OrganisationType = type, NamedForSafeguarding = namedForSafeguarding, TwoFactorEnabled = hasSecondFactor };
        var policy = required is { } requires ? new OrganisationPolicy { RequireTwoFactorForSafeguarding = requires } : null;

        Assert.Equal(mustSetUp, TwoFactorRule.MustSetUp(person, [role], policy));
    }
}
