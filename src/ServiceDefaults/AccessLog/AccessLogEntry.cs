using APPlatform.ServiceDefaults.Authentication;

namespace APPlatform.ServiceDefaults.AccessLog;

/// <summary>
/// One read or change of a pupil's record: who (organisation, client and, when the token names one, the person), what,
/// when and why. Rows are only ever inserted; the table refuses UPDATE and DELETE (AccessLogMigrations).
/// </summary>
public sealed class AccessLogEntry
{
    public required Guid Id { get; init; }

    public required DateTimeOffset At { get; init; }

    public required Guid OrganisationId { get; init; }

    public required OrganisationType OrganisationType { get; init; }

    public required string ClientId { get; init; }

    /// <summary>The token's subject when it is a person signed in through the client; null for a client acting as itself.</summary>
    public string? Person { get; init; }

    /// <summary>That person's name as their token gave it then, so the log reads without a lookup that may since have changed.</summary>
    public string? PersonName { get; init; }

    public required AccessAction Action { get; init; }

    /// <summary>What kind of record it was (referral, placement, letter...), named by the service that holds it.</summary>
    public required string RecordKind { get; init; }

    public required Guid RecordId { get; init; }

    public required Guid PupilId { get; init; }

    /// <summary>The school whose pupil it is: its data protection officer reads the entries with its id.</summary>
    public required Guid SchoolId { get; init; }

    /// <summary>The endpoint's name (e.g. GetReferral), which says what was read or changed.</summary>
    public string? RouteName { get; init; }

    /// <summary>Why, from the X-Access-Reason header: required of a platform admin, optional for others.</summary>
    public string? Reason { get; init; }
}
