using APPlatform.ServiceDefaults.Authentication;

namespace APPlatform.TestSupport;

/// <summary>An organisation a test acts for. Each gets a fresh id unless one is given, so tests never see each other's data.</summary>
public sealed record TestCaller(
    OrganisationType OrganisationType,
    Guid OrganisationId,
    IReadOnlyList<string> Scopes,
    Guid? TrustId = null,
    Guid? LocalAuthorityId = null)
{
    /// <summary>Its own client unless a test sets one, e.g. a client that signs in people of several organisations.</summary>
    public string ClientId { get; init; } = $"test-{OrganisationType.ToClaimValue()}-{OrganisationId:N}";

    /// <summary>For a letter token: the placement whose parents' letter it may read.</summary>
    public Guid? LetterPlacementId { get; init; }

    /// <summary>The signed-in person the token names; null for a system acting with client credentials.</summary>
    public Person? Person { get; init; }

    /// <summary>The same organisation, acting through a signed-in person holding <paramref name="roles"/>.</summary>
    public TestCaller AsPerson(string name, params string[] roles) =>
        this with { Person = new Person(Guid.NewGuid(), name, roles.ToHashSet()) };

    /// <summary>The same person, named by their school to read its safeguarding detail.</summary>
    public TestCaller NamedForSafeguarding() => this with { Person = Person! with { NamedForSafeguarding = true } };

    public static TestCaller PlatformAdmin() => New(OrganisationType.PlatformAdmin);

    public static TestCaller LocalAuthority(Guid? id = null) => New(OrganisationType.LocalAuthority, id);

    public static TestCaller Trust(Guid? id = null, Guid? localAuthorityId = null) =>
        New(OrganisationType.Trust, id) with { LocalAuthorityId = localAuthorityId };

    public static TestCaller School(Guid? id = null, Guid? trustId = null, Guid? localAuthorityId = null) =>
        New(OrganisationType.School, id) with { TrustId = trustId, LocalAuthorityId = localAuthorityId };

    public static TestCaller Provider(Guid? id = null) => New(OrganisationType.Provider, id);

    /// <summary>What the gateway gives Notification.Service: one placement's letter, read for its school.</summary>
    public static TestCaller LetterReader(Guid schoolId, Guid placementId) =>
        new(OrganisationType.School, schoolId, [PlatformScopes.ParentLetters]) { ClientId = "notification-service", LetterPlacementId = placementId };

    /// <summary>A new organisation of the type its claim value names (school, provider, local_authority...).</summary>
    public static TestCaller OfType(string organisationType) =>
        New(Enum.GetValues<OrganisationType>().Single(type => type.ToClaimValue() == organisationType));

    /// <summary>The same organisation with a token granted every scope but <paramref name="scope"/>.</summary>
    public TestCaller Without(string scope) => this with { Scopes = Scopes.Where(granted => granted != scope).ToList() };

    private static TestCaller New(OrganisationType type, Guid? id = null) =>
        new(type, id ?? Guid.NewGuid(), TestAuthentication.AllScopes);
}
