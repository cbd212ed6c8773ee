using APPlatform.ServiceDefaults.Authentication;

namespace APPlatform.ServiceDefaults.AccessLog;

/// <summary>An access log entry as its reader sees it.</summary>
public sealed record AccessLogLine(
    Guid Id,
    DateTimeOffset At,
    Guid OrganisationId,
    OrganisationType OrganisationType,
    string ClientId,
    string? Person,
    AccessAction Action,
    string RecordKind,
    Guid RecordId,
    Guid PupilId,
    Guid SchoolId,
    string? RouteName,
    string? Reason);
