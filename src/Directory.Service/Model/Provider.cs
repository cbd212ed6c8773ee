using APPlatform.ServiceDefaults.Authentication;
using APPlatform.ServiceDefaults.Errors;

namespace APPlatform.ProviderDirectory.Model;

/// <summary>
/// An alternative provision provider: one record shared by every commissioner and local authority, holding everything the
/// county directory page and the trust policy's Appendix 1 ask about it.
/// </summary>
public sealed class Provider
{
    public Guid Id { get; init; }

    public required string Name { get; set; }

    public ProviderDetails Details { get; set; } = new();

    public List<Site> Sites { get; set; } = [];

    public Registration Registration { get; set; } = new();

    public ProvisionProfile Profile { get; set; } = new();

    /// <summary>Newest first.</summary>
    public List<OfstedInspection> Inspections { get; private set; } = [];

    /// <summary>The latest inspection's outcome, kept beside it for search.</summary>
    public string? OfstedOutcome { get; private set; }

    public List<Assurance> Assurances { get; private set; } = [];

    public List<ProviderDocument> Documents { get; private set; } = [];

    public ListingStatus Status { get; private set; }

    public List<ListingChange> ListingHistory { get; private set; } = [];

    public List<LocalAuthorityListing> LocalAuthorityListings { get; private set; } = [];

    /// <summary>
    /// The local authority that keeps this record for everyone (it created it, or was handed it); null while only
    /// platform admins keep it. Listing the provider on another directory never changes it.
    /// </summary>
    public Guid? OwnerId { get; private set; }

    public DateTimeOffset CreatedAt { get; init; }

    public Guid CreatedBy { get; init; }

    public DateTimeOffset UpdatedAt { get; set; }

    public bool IsRegistered => Registration.Status == RegistrationStatus.Registered;

    /// <summary>The first site added (site ids are time-ordered): the address a directory line shows.</summary>
    public Site? MainSite => Sites.MinBy(site => site.Id);

    /// <summary>
    /// A new record with every assurance and document on its checklist (none yet given or seen), in
    /// <paramref name="status"/> (Draft or Listed), kept by and listed on <paramref name="localAuthorityId"/>'s directory.
    /// </summary>
    public static Provider Create(Guid id, string name, ListingStatus status, Caller by, Guid? localAuthorityId, DateTimeOffset now)
    {
        if (status is not (ListingStatus.Draft or ListingStatus.Listed))
        {
            throw new RuleViolationException("A new provider starts as a draft or listed.");
        }

        var provider = new Provider
        {
            Id = id,
            Name = name,
            Status = status,
            CreatedAt = now,
            CreatedBy = by.OrganisationId,
            UpdatedAt = now,
            OwnerId = localAuthorityId,
            Assurances = Enum.GetValues<AssuranceType>().Select(type => new Assurance { Type = type }).ToList(),
            Documents = Enum.GetValues<DocumentType>().Select(type => new ProviderDocument { Type = type }).ToList(),
        };
        provider.Record(null, status, null, by, null, now);
        if (localAuthorityId is { } la)
        {
            provider.ListIn(la, by.OrganisationId, now);
        }

        return provider;
    }

    /// <summary>Moves the listing as <see cref="ListingLifecycle"/> allows, recording who, when and why.</summary>
    public ListingStatus Take(ListingAction action, Caller by, string? reason, DateTimeOffset now)
    {
        if (!ListingLifecycle.MayTake(by, action, this))
        {
            throw new NotPermittedException($"A {by.OrganisationType.ToClaimValue()} may not {action.ToString().ToLowerInvariant()} this provider's listing.");
        }

        var next = ListingLifecycle.Next(Status, action)
            ?? throw new StateConflictException(
                $"A {Status.ToString().ToLowerInvariant()} provider cannot be {Past(action)}; from {Status.ToString().ToLowerInvariant()} it can be: " +
                string.Join(", ", ListingLifecycle.From(Status).Select(Past)) + ".");
        if (ListingLifecycle.NeedsReason(action) && string.IsNullOrWhiteSpace(reason))
        {
            throw new RuleViolationException($"Say why the provider is being {Past(action)}: the reason is kept with its history.");
        }

        Record(Status, next, action, by, reason?.Trim(), now);
        return next;
    }

    public void ListIn(Guid localAuthorityId, Guid by, DateTimeOffset now)
    {
        if (LocalAuthorityListings.All(l => l.LocalAuthorityId != localAuthorityId))
        {
            LocalAuthorityListings.Add(new LocalAuthorityListing { LocalAuthorityId = localAuthorityId, ListedAt = now, ListedBy = by });
        }
    }

    /// <summary>Hands the record to another local authority, which from now on keeps it (and lists it).</summary>
    public void TransferTo(Guid localAuthorityId, DateTimeOffset now)
    {
        OwnerId = localAuthorityId;
        ListIn(localAuthorityId, localAuthorityId, now);
        UpdatedAt = now;
    }

    public bool UnlistFrom(Guid localAuthorityId) => LocalAuthorityListings.RemoveAll(l => l.LocalAuthorityId == localAuthorityId) > 0;

    /// <summary>Adds an inspection, keeping them newest first and the outcome used by search current.</summary>
    public void AddInspection(OfstedInspection inspection)
    {
        Inspections = [.. Inspections.Append(inspection).OrderByDescending(i => i.InspectedOn)];
        OfstedOutcome = Inspections[0].Outcome;
    }

    public bool RemoveInspection(Guid inspectionId)
    {
        var removed = Inspections.RemoveAll(i => i.Id == inspectionId) > 0;
        OfstedOutcome = Inspections.FirstOrDefault()?.Outcome;
        return removed;
    }

    public Assurance Assurance(AssuranceType type) => Assurances.Single(a => a.Type == type);

    public ProviderDocument Document(DocumentType type) => Documents.Single(d => d.Type == type);

    /// <summary>Commissioners (schools, trusts) see a provider once it is listed, and still while suspended.</summary>
    public bool IsVisibleToCommissioners => Status is ListingStatus.Listed or ListingStatus.Suspended;

    private void Record(ListingStatus? from, ListingStatus to, ListingAction? action, Caller by, string? reason, DateTimeOffset now)
    {
        Status = to;
        UpdatedAt = now;
        ListingHistory.Add(new ListingChange
        {
            From = from,
            To = to,
            Action = action,
            At = now,
            ByOrganisationId = by.OrganisationId,
            ByOrganisationType = by.OrganisationType,
            ByClientId = by.ClientId,
            ByPerson = by.Person?.Name,
            Reason = reason,
        });
    }

    private static string Past(ListingAction action) => action switch
    {
        ListingAction.Submit => "submitted",
        ListingAction.List => "listed",
        ListingAction.Return => "returned to draft",
        ListingAction.Suspend => "suspended",
        ListingAction.Reinstate => "reinstated",
        _ => "removed",
    };
}
