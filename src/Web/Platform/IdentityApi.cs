namespace APPlatform.Web.Platform;

/// <summary>An invitation made; <see cref="Link"/> (the invitee's one-time link) is answered in Development only.</summary>
public sealed record Invitation(Guid Id, string Email, List<string> Roles, DateTimeOffset ExpiresAt, string? Link);

/// <summary>Identity.Service through the gateway (/api/identity): an organisation's people.</summary>
public sealed class IdentityApi(HttpClient http) : GatewayClient(http)
{
    public Task<Invitation> InviteAsync(string email, IReadOnlyList<string> roles, CancellationToken cancellationToken) =>
        PostAsync<Invitation>("api/identity/invitations", new { email, roles }, cancellationToken);
}
