using APPlatform.ServiceDefaults.Authentication;

namespace APPlatform.Identity.Model.Tests;

/// <summary>
/// An administrator's invitation: into their own organisation, a one-time link valid for seven days, of which only the
/// hash is stored.
/// </summary>
public sealed class InvitationTests
{
    private static readonly DateTimeOffset Sent = new(2026, 12, 2, 10, 0, 0, TimeSpan.Zero);

    private static readonly Caller Administrator = new("web-sign-in", Guid.NewGuid(), OrganisationType.School, new HashSet<string>(), Guid.NewGuid(), Guid.NewGuid())
    {
        Person = new Person(Guid.NewGuid(), "Ada Admin", new HashSet<string> { PersonRoles.Administrator }),
    };

    [Fact]
    public void TheInviteeJoinsTheAdministratorsOrganisationWithTheRolesGivenOnce()
    {
        var (invitation, _) = Invitation.Create(Administrator, "  new.dsl@dales.example ", [PersonRoles.DesignatedSafeguardingLead, PersonRoles.DesignatedSafeguardingLead, PersonRoles.Staff], Sent);

        var person = invitation.Person("Nia Dale");

        Assert.Equal(new NewPerson("new.dsl@dales.example", "Nia Dale", Administrator.OrganisationId, OrganisationType.School, Administrator.TrustId,
            Administrator.LocalAuthorityId, invitation.Roles), person);
        Assert.Equal([PersonRoles.DesignatedSafeguardingLead, PersonRoles.Staff], person.Roles);
        Assert.Equal(Administrator.Person!.Id, invitation.InvitedBy);
    }

    /// <summary>The database does not hold a usable link: the token is in the email only, its hash in the record.</summary>
    [Fact]
    public void OnlyTheLinksHashIsKept()
    {
        var (invitation, token) = Invitation.Create(Administrator, "a@dales.example", [PersonRoles.Staff], Sent);
        var (other, otherToken) = Invitation.Create(Administrator, "a@dales.example", [PersonRoles.Staff], Sent);

        Assert.Equal((Invitation.Hash(token), Invitation.Hash(otherToken)), (invitation.TokenHash, other.TokenHash));
        Assert.NotEqual(token, otherToken);
        Assert.DoesNotContain(token, invitation.TokenHash, StringComparison.OrdinalIgnoreCase);
    }

    [Theory]
    [InlineData(0, true)]
    [InlineData(7 * 24 * 60 - 1, true)]
    [InlineData(7 * 24 * 60, false)]
    [InlineData(8 * 24 * 60, false)]
    public void ALinkIsOpenForSevenDays(int minutesAfterSending, bool open)
    {
        var (invitation, _) = Invitation.Create(Administrator, "a@dales.example", [PersonRoles.Staff], Sent);

        Assert.Equal(open, invitation.IsOpen(Sent.AddMinutes(minutesAfterSending)));
    }

    [Fact]
    public void ALinkWorksOnce()
    {
        var (invitation, _) = Invitation.Create(Administrator, "a@dales.example", [PersonRoles.Staff], Sent);

        invitation.Accept(Sent.AddDays(1));

        Assert.Equal(Sent.AddDays(1), invitation.AcceptedAt);
        Assert.False(invitation.IsOpen(Sent.AddDays(2)));
        Assert.Throws<InvalidOperationException>(() => invitation.Accept(Sent.AddDays(2)));
    }

    [Fact]
    public void AnExpiredLinkCannotBeAccepted()
    {
        var (invitation, _) = Invitation.Create(Administrator, "a@dales.example", [PersonRoles.Staff], Sent);

        Assert.Throws<InvalidOperationException>(() => invitation.Accept(Sent + Invitation.Lifetime));
        Assert.Null(invitation.AcceptedAt);
    }
}
