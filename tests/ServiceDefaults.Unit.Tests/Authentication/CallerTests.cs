using System.Security.Claims;
using APPlatform.ServiceDefaults.Authentication;

namespace APPlatform.ServiceDefaults.Unit.Tests.Authentication;

/// <summary>
/// Who is calling, read from a validated token's claims: the organisation it acts for (without which there is no
/// caller, never a guess), its scopes, its trust and local authority, and the person when one signed in.
/// </summary>
public sealed class CallerTests
{
    private static readonly Guid Organisation = Guid.Parse("5b1f3c9e-2a47-4d8b-9c61-0e7a4f2d8b13");
    private static readonly Guid Trust = Guid.Parse("8d2e6a1f-7c35-4b90-a4e8-3f9c1b7d5e02");
    private static readonly Guid PersonId = Guid.Parse("c7d4a2e9-1f63-4b85-9e07-3a6f8c2d5b41");

    [Theory]
    [InlineData("school", OrganisationType.School)]
    [InlineData("trust", OrganisationType.Trust)]
    [InlineData("local_authority", OrganisationType.LocalAuthority)]
    [InlineData("provider", OrganisationType.Provider)]
    [InlineData("platform_admin", OrganisationType.PlatformAdmin)]
    public void EachOrganisationTypeIsReadFromItsClaimValueAndWrittenBackAsIt(string claim, OrganisationType type)
    {
        Assert.Equal(type, Caller.FromPrincipal(Token((PlatformClaims.OrganisationType, claim)))!.OrganisationType);
        Assert.Equal(claim, type.ToClaimValue());
    }

    [Theory]
    [InlineData(PlatformClaims.OrganisationId, null)]
    [InlineData(PlatformClaims.OrganisationId, "demo-school")]
    [InlineData(PlatformClaims.OrganisationType, null)]
    [InlineData(PlatformClaims.OrganisationType, "School")]
    [InlineData(PlatformClaims.OrganisationType, "parent")]
    public void ATokenWithoutAReadableOrganisationIsNoCaller(string claim, string? value) =>
        Assert.Null(Caller.FromPrincipal(Token((claim, value))));

    [Fact]
    public void ScopesAreReadFromOneSpaceSeparatedClaimOrSeveral()
    {
        var caller = Caller.FromPrincipal(Token((PlatformClaims.Scope, "directory  referrals"), (PlatformClaims.Scope, "attendance")))!;

        Assert.Equal(["attendance", "directory", "referrals"], caller.Scopes.Order());
    }

    [Fact]
    public void ASchoolsTrustIsReadAndAnUnreadableOneIsNone()
    {
        Assert.Equal(Trust, Caller.FromPrincipal(Token((PlatformClaims.TrustId, Trust.ToString())))!.TrustId);
        Assert.Null(Caller.FromPrincipal(Token((PlatformClaims.TrustId, "trust-1")))!.TrustId);
    }

    [Fact]
    public void ASystemClientIsNoPersonAndActsForItsWholeOrganisation()
    {
        var caller = Caller.FromPrincipal(Token())!;

        Assert.Null(caller.Person);
        Assert.Equal("la-portal", caller.ActingName);
        Assert.True(caller.ActsAs(PersonRoles.DesignatedSafeguardingLead));
    }

    [Fact]
    public void APersonActsOnlyInTheRolesTheyHoldAndRecordsShowTheirName()
    {
        var caller = Caller.FromPrincipal(Token((PlatformClaims.Subject, PersonId.ToString()), (PlatformClaims.Name, "Dana Price"),
            (PlatformClaims.Role, PersonRoles.AttendanceLead)))!;

        Assert.Equal("Dana Price", caller.ActingName);
        Assert.Equal((true, false), (caller.ActsAs(PersonRoles.AttendanceLead, PersonRoles.Headteacher), caller.ActsAs(PersonRoles.Headteacher)));
    }

    /// <summary>KCSIE 2025 Part 1: the DSL and the headteacher read a school's safeguarding detail, and whoever it names.</summary>
    [Theory]
    [InlineData(PersonRoles.DesignatedSafeguardingLead, "false", true)]
    [InlineData(PersonRoles.Headteacher, "false", true)]
    [InlineData(PersonRoles.AttendanceLead, "true", true)]
    [InlineData(PersonRoles.AttendanceLead, "false", false)]
    [InlineData(PersonRoles.Senco, "false", false)]
    public void TheDslTheHeadteacherAndThoseTheSchoolNamesReadSafeguardingDetail(string role, string named, bool reads)
    {
        var caller = Caller.FromPrincipal(Token((PlatformClaims.Subject, PersonId.ToString()), (PlatformClaims.Name, "Dana Price"),
            (PlatformClaims.Role, role), (PlatformClaims.SafeguardingReader, named)))!;

        Assert.Equal(reads, caller.Person!.ReadsSafeguardingDetail);
    }

    /// <summary>
    /// A school's system client's token, with <paramref name="claims"/> replacing (or, with a null value, removing) the
    /// claims of that type.
    /// </summary>
    private static ClaimsPrincipal Token(params (string Type, string? Value)[] claims)
    {
        var given = new List<(string Type, string? Value)>
        {
            (PlatformClaims.ClientId, "la-portal"), (PlatformClaims.OrganisationId, Organisation.ToString()),
            (PlatformClaims.OrganisationType, "school"), (PlatformClaims.Scope, "referrals"),
        };
        given.RemoveAll(claim => claims.Any(replacing => replacing.Type == claim.Type));
        return new ClaimsPrincipal(new ClaimsIdentity(
            given.Concat(claims).Where(claim => claim.Value is not null).Select(claim => new Claim(claim.Type, claim.Value!)), "test"));
    }
}
