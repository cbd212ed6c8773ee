namespace APPlatform.Referrals.Model.Directory;

public enum ProviderListing
{
    Listed,
    Suspended,
    Removed,
}

/// <summary>Referral.Service's copy of what the directory says of a provider, kept from its events.</summary>
public sealed class ProviderSnapshot
{
    public Guid ProviderId { get; init; }

    public string Name { get; set; } = "";

    public bool IsRegistered { get; set; }

    /// <summary>The provider's URN on GIAS, if any: the school census names the setting by it.</summary>
    public string? Urn { get; set; }

    /// <summary>The provider's UKPRN, if any: the school census's identifier where there is no URN.</summary>
    public string? Ukprn { get; set; }

    public ProviderListing Listing { get; set; }

    public DateTimeOffset UpdatedAt { get; set; }
}

/// <summary>A completed audit and risk assessment of a provider, from ProviderAuditCompleted.</summary>
public sealed class AuditSnapshot
{
    public Guid AuditId { get; init; }

    public Guid ProviderId { get; init; }

    public Guid AuthorOrganisationId { get; init; }

    public Guid? AuthorTrustId { get; init; }

    public Guid? LocalAuthorityId { get; init; }

    public bool IsShared { get; init; }

    public bool Suitable { get; init; }

    public DateOnly CompletedOn { get; init; }

    public DateOnly ValidUntil { get; init; }

    /// <summary>The directory's own rule: the author, its trust, and (if shared) the other commissioners in its LA may rely on it.</summary>
    public bool MayBeReliedOnBy(Guid schoolId, Guid? trustId, Guid? localAuthorityId) =>
        AuthorOrganisationId == schoolId ||
        (trustId is not null && AuthorTrustId == trustId) ||
        (IsShared && localAuthorityId is not null && LocalAuthorityId == localAuthorityId);
}
