using APPlatform.ServiceDefaults.Authentication;

namespace APPlatform.ProviderDirectory.Model;

/// <summary>
/// Where a provider stands in the directory (domain notes §3): draft (being prepared; commissioners cannot see it),
/// submitted (sent for the directory team's review), listed (visible and open to placements), suspended (visible, but
/// no new placement may start), removed (gone for good).
/// </summary>
public enum ListingStatus
{
    Draft,
    Submitted,
    Listed,
    Suspended,
    Removed,
}

/// <summary>
/// A step in a listing (domain notes §3): submit (a draft for review), list (make it visible), return (send it back to
/// draft), suspend (stop new placements), reinstate (list a suspended provider again), remove (take it off for good).
/// </summary>
public enum ListingAction
{
    Submit,
    List,
    Return,
    Suspend,
    Reinstate,
    Remove,
}

/// <summary>One step of a provider's listing: who moved it, when and why.</summary>
public sealed record ListingChange
{
    /// <summary>The status before the step; null for the record's creation.</summary>
    public ListingStatus? From { get; init; }

    /// <summary>The status after the step.</summary>
    public ListingStatus To { get; init; }

    /// <summary>The listing action taken; null for the record's creation.</summary>
    public ListingAction? Action { get; init; }

    /// <summary>When the step was taken (ISO date-time with offset).</summary>
    public DateTimeOffset At { get; init; }

    /// <summary>The organisation of the caller who took the step.</summary>
    public Guid ByOrganisationId { get; init; }

    /// <summary>The kind of organisation that took the step.</summary>
    public OrganisationType ByOrganisationType { get; init; }

    /// <summary>The client (application) the caller used, from its token.</summary>
    public required string ByClientId { get; init; }

    /// <summary>The signed-in person who took the step, by name; null when a system acted with its client's credentials.</summary>
    public string? ByPerson { get; init; }

    /// <summary>
    /// Why (required to return, suspend, reinstate or remove); null for anyone but the record's keepers, as it may be
    /// a safeguarding matter.
    /// </summary>
    public string? Reason { get; init; }
}

/// <summary>
/// The listing lifecycle draft → submitted → listed ↔ suspended → removed: which action moves which status where, who
/// may take it, and whether it needs a reason. Endpoints ask this; they do not re-implement it.
/// </summary>
public static class ListingLifecycle
{
    private static readonly Dictionary<ListingAction, (ListingStatus[] From, ListingStatus To)> moves = new()
    {
        [ListingAction.Submit] = ([ListingStatus.Draft], ListingStatus.Submitted),
        [ListingAction.List] = ([ListingStatus.Draft, ListingStatus.Submitted], ListingStatus.Listed),
        [ListingAction.Return] = ([ListingStatus.Submitted], ListingStatus.Draft),
        [ListingAction.Suspend] = ([ListingStatus.Listed], ListingStatus.Suspended),
        [ListingAction.Reinstate] = ([ListingStatus.Suspended], ListingStatus.Listed),
        [ListingAction.Remove] = ([ListingStatus.Draft, ListingStatus.Submitted, ListingStatus.Listed, ListingStatus.Suspended], ListingStatus.Removed),
    };

    /// <summary>Where <paramref name="action"/> takes a provider in <paramref name="from"/>, or null if it cannot.</summary>
    public static ListingStatus? Next(ListingStatus from, ListingAction action) =>
        moves[action].From.Contains(from) ? moves[action].To : null;

    /// <summary>Returning, suspending, reinstating and removing must say why; the provider and other commissioners rely on it.</summary>
    public static bool NeedsReason(ListingAction action) => action is not (ListingAction.Submit or ListingAction.List);

    /// <summary>
    /// Whoever manages the provider (its local authority, a platform admin) takes every action; a provider may only
    /// submit its own draft for review. Schools and trusts take none. Where a person acts, the LA's directory team
    /// keeps the directory and the provider's manager submits.
    /// </summary>
    public static bool MayTake(Caller caller, ListingAction action, Provider provider) =>
        (caller.Manages(provider) && caller.ActsAs(PersonRoles.DirectoryTeam))
        || (action == ListingAction.Submit && caller.IsProvider(provider) && caller.ActsAs(PersonRoles.Manager));

    public static IEnumerable<ListingAction> From(ListingStatus status) => moves.Where(m => m.Value.From.Contains(status)).Select(m => m.Key);
}

/// <summary>A local authority's directory lists this provider (a provider near a border can be on several).</summary>
public sealed class LocalAuthorityListing
{
    /// <summary>The local authority whose directory lists the provider.</summary>
    public Guid LocalAuthorityId { get; init; }

    /// <summary>When it was first listed there (ISO date-time with offset).</summary>
    public DateTimeOffset ListedAt { get; init; }

    /// <summary>The organisation that listed it there (the local authority itself or a platform admin).</summary>
    public Guid ListedBy { get; init; }
}
