namespace APPlatform.ServiceDefaults.Authentication;

/// <summary>The claims an APPlatform access token carries, whoever issued it.</summary>
public static class PlatformClaims
{
    public const string ClientId = "client_id";
    public const string OrganisationId = "org_id";
    public const string OrganisationType = "org_type";

    /// <summary>Space-separated, as OAuth 2.0 (RFC 8693 §4.2) writes scopes in a JWT.</summary>
    public const string Scope = "scope";

    /// <summary>For a school: the trust it belongs to, if any.</summary>
    public const string TrustId = "trust_id";

    /// <summary>For a school or trust: the local authority whose area it is in.</summary>
    public const string LocalAuthorityId = "la_id";

    /// <summary>For a letter token (<see cref="PlatformScopes.ParentLetters"/>): the placement whose letter it may read.</summary>
    public const string Letter = "letter";

    /// <summary>For a signed-in person: their id (OpenID Connect's subject). A system client's token has its client id here.</summary>
    public const string Subject = "sub";

    /// <summary>For a signed-in person: the name their records show (OpenID Connect's <c>name</c>).</summary>
    public const string Name = "name";

    /// <summary>For a signed-in person: each role they hold (<see cref="PersonRoles"/>), one claim per role.</summary>
    public const string Role = "role";

    /// <summary>
    /// For a signed-in person their school has named to read its safeguarding detail, beyond the roles that always do
    /// (<see cref="PersonRoles.SchoolSafeguardingReaders"/>): "true". Absent otherwise.
    /// </summary>
    public const string SafeguardingReader = "safeguarding_reader";
}
