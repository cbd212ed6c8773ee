namespace APPlatform.Web.Platform;

/// <summary>An invitation made; <see cref="Link"/> (the invitee's one-time link) is answered in Development only.</summary>
public sealed record Invitation(Guid Id, string Email, List<string> Roles, DateTimeOffset ExpiresAt, string? Link);

/// <summary>A person of the reader's organisation, and whether their school named them to read its safeguarding detail.</summary>
public sealed record OrganisationPerson(Guid Id, string Name, string Email, List<string> Roles, bool NamedForSafeguarding);

/// <summary>Identity.Service through the gateway (/api/identity): an organisation's people.</summary>
public sealed class IdentityApi(HttpClient http) : GatewayClient(http)
{
    public Task<Invitation> InviteAsync(string email, IReadOnlyList<string> roles, CancellationToken cancellationToken) =>
        PostAsync<Invitation>("api/identity/invitations", new { email, roles }, cancellationToken);

    public Task<List<OrganisationPerson>> PeopleAsync(CancellationToken cancellationToken) =>
        GetAsync<List<OrganisationPerson>>("api/identity/people", cancellationToken);

    public Task<OrganisationPerson> ChangeRolesAsync(Guid id, IReadOnlyList<string> roles, CancellationToken cancellationToken) =>
        PutAsync<OrganisationPerson>($"api/identity/people/{id}/roles", new { roles }, cancellationToken);

    public Task<OrganisationPerson> NameForSafeguardingAsync(Guid id, bool named, CancellationToken cancellationToken) =>
        PutAsync<OrganisationPerson>($"api/identity/people/{id}/safeguarding", new { named }, cancellationToken);
}
