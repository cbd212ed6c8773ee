using APPlatform.ServiceDefaults.Authentication;
using Microsoft.AspNetCore.Identity;

namespace APPlatform.Identity.Model;

/// <summary>A person who signs in: they belong to one organisation and hold the roles it gave them.</summary>
public sealed class PlatformUser : IdentityUser<Guid>
{
    /// <summary>The name records show when this person acts (the token's <c>name</c>).</summary>
    public string DisplayName { get; set; } = "";

    public Guid OrganisationId { get; set; }

    public OrganisationType OrganisationType { get; set; }

    /// <summary>For a school: the trust it belongs to, if any.</summary>
    public Guid? TrustId { get; set; }

    /// <summary>For a school or trust: the local authority whose area it is in.</summary>
    public Guid? LocalAuthorityId { get; set; }

    /// <summary>
    /// Named by their school's administrator to read its safeguarding detail, as the DSL and the headteacher always do
    /// (the token's <c>safeguarding_reader</c>).
    /// </summary>
    public bool NamedForSafeguarding { get; set; }
}
