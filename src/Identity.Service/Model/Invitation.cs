using System.Security.Cryptography;
using System.Text;
using APPlatform.ServiceDefaults.Authentication;
using Microsoft.IdentityModel.Tokens;

namespace APPlatform.Identity.Model;

/// <summary>
/// An administrator's invitation of a person into their organisation with roles: a one-time link, valid for seven
/// days. Only the link's hash is stored, so the database does not hold a usable link.
/// </summary>
public sealed class Invitation
{
    public static readonly TimeSpan Lifetime = TimeSpan.FromDays(7);

    private Invitation()
    {
    }

    public Guid Id { get; private init; }

    public string Email { get; private init; } = "";

    public Guid OrganisationId { get; private init; }

    public OrganisationType OrganisationType { get; private init; }

    public Guid? TrustId { get; private init; }

    public Guid? LocalAuthorityId { get; private init; }

    public List<string> Roles { get; private init; } = [];

    /// <summary>The administrator who invited (their person id).</summary>
    public Guid InvitedBy { get; private init; }

    public string TokenHash { get; private init; } = "";

    public DateTimeOffset CreatedAt { get; private init; }

    public DateTimeOffset ExpiresAt { get; internal set; }

    public DateTimeOffset? AcceptedAt { get; private set; }

    /// <summary>A new invitation from <paramref name="administrator"/> and the token its link carries (never stored).</summary>
    public static (Invitation Invitation, string Token) Create(Caller administrator, string email, IEnumerable<string> roles, DateTimeOffset now)
    {
        var token = Base64UrlEncoder.Encode(RandomNumberGenerator.GetBytes(32));
        var invitation = new Invitation
        {
            Id = Guid.CreateVersion7(),
            Email = email.Trim(),
            OrganisationId = administrator.OrganisationId,
            OrganisationType = administrator.OrganisationType,
            TrustId = administrator.TrustId,
            LocalAuthorityId = administrator.LocalAuthorityId,
            Roles = roles.Distinct().ToList(),
            InvitedBy = administrator.Person!.Id,
            TokenHash = Hash(token),
            CreatedAt = now,
            ExpiresAt = now + Lifetime,
        };
        return (invitation, token);
    }

    public static string Hash(string token) => Convert.ToHexString(SHA256.HashData(Encoding.UTF8.GetBytes(token)));

    public bool IsOpen(DateTimeOffset now) => AcceptedAt is null && now < ExpiresAt;

    public NewPerson Person(string displayName) =>
        new(Email, displayName, OrganisationId, OrganisationType, TrustId, LocalAuthorityId, Roles);

    public void Accept(DateTimeOffset now) => AcceptedAt = AcceptedAt is null && now < ExpiresAt
        ? now
        : throw new InvalidOperationException("The invitation was used or has expired.");
}
