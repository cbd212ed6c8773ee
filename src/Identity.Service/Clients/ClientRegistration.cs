using APPlatform.ServiceDefaults.Authentication;

namespace APPlatform.Identity.Clients;

/// <summary>An OAuth client (a school portal, a provider's system, an LA system) and the organisation it acts for.</summary>
public sealed class ClientRegistration
{
    public string Description { get; set; } = "";

    /// <summary>The secret, hashed with <see cref="ClientSecretHasher"/>; the secret itself is never stored.</summary>
    public string SecretHash { get; set; } = "";

    public Guid OrganisationId { get; set; }

    public OrganisationType OrganisationType { get; set; }

    /// <summary>The scopes the client may be granted: directory, referrals, attendance, notifications.</summary>
    public List<string> Scopes { get; set; } = [];

    public Guid? TrustId { get; set; }

    public Guid? LocalAuthorityId { get; set; }

    /// <summary>
    /// A platform service that may ask for a token acting for a school for one letter only (the form's
    /// <c>school_id</c> and <c>placement_id</c>, scope <c>parent-letters</c>): Notification.Service fetching the
    /// parents' letter (decision 0007). The token still names this client, so logs tell it from the school's own.
    /// </summary>
    public bool ActsForSchools { get; set; }

    /// <summary>A demo client of a local run, whose secret is public: the service refuses it outside Development.</summary>
    public bool Demo { get; set; }
}
