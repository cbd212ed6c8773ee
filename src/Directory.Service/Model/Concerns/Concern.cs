using APPlatform.ServiceDefaults.Authentication;
using APPlatform.ServiceDefaults.Errors;

namespace APPlatform.ProviderDirectory.Model.Concerns;

/// <summary>
/// What a concern about a provider is about: safeguarding, quality_of_education, attendance, health_and_safety,
/// registration (it may be operating as an unregistered independent school), other.
/// </summary>
public enum ConcernCategory
{
    Safeguarding,
    QualityOfEducation,
    Attendance,
    HealthAndSafety,
    Registration,
    Other,
}

/// <summary>
/// Where a concern stands: open (raised), acknowledged (the LA is looking into it), resolved (acted on), dismissed (no
/// action needed).
/// </summary>
public enum ConcernStatus
{
    Open,
    Acknowledged,
    Resolved,
    Dismissed,
}

/// <summary>One step of a concern: the status it moved to, who moved it, when, and a note.</summary>
public sealed class ConcernUpdate
{
    /// <summary>The status the concern moved to.</summary>
    public ConcernStatus Status { get; init; }

    /// <summary>When (ISO date-time with offset).</summary>
    public DateTimeOffset At { get; init; }

    /// <summary>
    /// The organisation that moved it (the raiser for open; else its local authority or a platform admin).
    /// </summary>
    public Guid ByOrganisationId { get; init; }

    /// <summary>What was done or decided; required to resolve or dismiss.</summary>
    public string? Note { get; init; }
}

/// <summary>
/// A commissioner's concern about a provider (the directory page invites them), sent to its local authority's directory
/// team and tracked open → acknowledged → resolved or dismissed, each step with who, when and a note.
/// </summary>
public sealed class Concern
{
    /// <summary>The concern's id.</summary>
    public Guid Id { get; init; }

    /// <summary>The provider it is about.</summary>
    public Guid ProviderId { get; init; }

    /// <summary>The organisation that raised it.</summary>
    public Guid RaisedByOrganisationId { get; init; }

    /// <summary>The kind of organisation that raised it (school, trust, local authority or platform admin).</summary>
    public OrganisationType RaisedByOrganisationType { get; init; }

    /// <summary>Whose directory team deals with it.</summary>
    public Guid LocalAuthorityId { get; init; }

    /// <summary>What it is about.</summary>
    public ConcernCategory Category { get; init; }

    /// <summary>The concern in the raiser's words.</summary>
    public required string Summary { get; init; }

    /// <summary>When it was raised (ISO date-time with offset).</summary>
    public DateTimeOffset RaisedAt { get; init; }

    /// <summary>Where it stands now.</summary>
    public ConcernStatus Status { get; private set; }

    /// <summary>Each step, oldest first, from its raising.</summary>
    public List<ConcernUpdate> History { get; private set; } = [];

    public static readonly OrganisationType[] Raisers =
        [OrganisationType.School, OrganisationType.Trust, OrganisationType.LocalAuthority, OrganisationType.PlatformAdmin];

    private static readonly Dictionary<ConcernStatus, ConcernStatus[]> moves = new()
    {
        [ConcernStatus.Open] = [ConcernStatus.Acknowledged, ConcernStatus.Resolved, ConcernStatus.Dismissed],
        [ConcernStatus.Acknowledged] = [ConcernStatus.Resolved, ConcernStatus.Dismissed],
        [ConcernStatus.Resolved] = [],
        [ConcernStatus.Dismissed] = [],
    };

    /// <summary>The raiser of the findings of checks the platform itself runs (the GIAS registration check).</summary>
    public static readonly Guid Platform = Guid.Empty;

    public static Concern Raise(Guid id, Guid providerId, Caller by, Guid localAuthorityId, ConcernCategory category, string summary, DateTimeOffset now) =>
        Raise(id, providerId, by.OrganisationId, by.OrganisationType, localAuthorityId, category, summary, now);

    /// <summary>A finding of a check the platform runs, for the local authority that keeps the provider's record.</summary>
    public static Concern RaiseByPlatform(Guid id, Guid providerId, Guid localAuthorityId, ConcernCategory category, string summary, DateTimeOffset now) =>
        Raise(id, providerId, Platform, OrganisationType.PlatformAdmin, localAuthorityId, category, summary, now);

    private static Concern Raise(
        Guid id, Guid providerId, Guid byId, OrganisationType byType, Guid localAuthorityId, ConcernCategory category, string summary, DateTimeOffset now)
    {
        var concern = new Concern
        {
            Id = id,
            ProviderId = providerId,
            RaisedByOrganisationId = byId,
            RaisedByOrganisationType = byType,
            LocalAuthorityId = localAuthorityId,
            Category = category,
            Summary = summary.Trim(),
            RaisedAt = now,
        };
        concern.History.Add(new ConcernUpdate { Status = ConcernStatus.Open, At = now, ByOrganisationId = byId });
        return concern;
    }

    /// <summary>Only its local authority's directory team (or a platform admin) moves a concern on; closing needs a note.</summary>
    public void MoveTo(ConcernStatus next, Caller by, string? note, DateTimeOffset now)
    {
        if (!IsHandledBy(by))
        {
            throw new NotPermittedException("Only the local authority's directory team deals with this concern.");
        }

        if (!moves[Status].Contains(next))
        {
            throw new StateConflictException($"A {Status.ToString().ToLowerInvariant()} concern cannot become {next.ToString().ToLowerInvariant()}.");
        }

        if (next is ConcernStatus.Resolved or ConcernStatus.Dismissed && string.IsNullOrWhiteSpace(note))
        {
            throw new RuleViolationException("Say how the concern was resolved, or why it was dismissed.");
        }

        Status = next;
        History.Add(new ConcernUpdate { Status = next, At = now, ByOrganisationId = by.OrganisationId, Note = note?.Trim() });
    }

    public bool IsHandledBy(Caller caller) =>
        caller.OrganisationType == OrganisationType.PlatformAdmin ||
        (caller.OrganisationType == OrganisationType.LocalAuthority && caller.OrganisationId == LocalAuthorityId);

    /// <summary>The directory team dealing with it, and whoever raised it (to follow it up).</summary>
    public bool IsVisibleTo(Caller caller) => IsHandledBy(caller) || caller.OrganisationId == RaisedByOrganisationId;
}
