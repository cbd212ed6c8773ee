using APPlatform.ServiceDefaults.Authentication;

namespace APPlatform.ServiceDefaults.AccessLog;

/// <summary>An access log entry as its reader sees it.</summary>
/// <param name="Id">The entry's id.</param>
/// <param name="At">When the record was read or changed (ISO date-time with offset).</param>
/// <param name="OrganisationId">The caller's organisation.</param>
/// <param name="OrganisationType">The kind of organisation the caller belongs to.</param>
/// <param name="ClientId">The client (application) the caller used, from its token.</param>
/// <param name="Person">
/// The person signed in through the client (the token's subject); null for a client's own token.
/// </param>
/// <param name="PersonName">That person's name, as their token gave it at the time.</param>
/// <param name="Action">Whether the record was read or changed.</param>
/// <param name="RecordKind">The kind of record accessed, e.g. pupil or referral.</param>
/// <param name="RecordId">The record accessed.</param>
/// <param name="PupilId">The pupil the record is about.</param>
/// <param name="SchoolId">The pupil's school.</param>
/// <param name="RouteName">The API operation (operationId) that accessed it.</param>
/// <param name="Reason">Why, from the X-Access-Reason header; a platform admin must give one.</param>
public sealed record AccessLogLine(
    Guid Id,
    DateTimeOffset At,
    Guid OrganisationId,
    OrganisationType OrganisationType,
    string ClientId,
    string? Person,
    string? PersonName,
    AccessAction Action,
    string RecordKind,
    Guid RecordId,
    Guid PupilId,
    Guid SchoolId,
    string? RouteName,
    string? Reason);
