using System.Text.Json.Serialization;

namespace APPlatform.Web.Platform;

/// <summary>A school day's half, as the attendance API writes it.</summary>
public enum Session
{
    [JsonStringEnumMemberName("AM")]
    AM,

    [JsonStringEnumMemberName("PM")]
    PM,
}

public enum MarkStatus
{
    Present,
    Late,
    Absent,
    Missing,
}

public enum CaseStatus
{
    Unexplained,
    Contacted,
    Explained,
    Closed,
    Escalated,
}

public enum CaseActionKind
{
    Called,
    Messaged,
    HomeVisit,
    Note,
}

public enum EscalatedTo
{
    Dsl,
    LocalAuthority,
}

public sealed record TimetabledSession(DayOfWeek Day, string Session, TimeOnly Starts, TimeOnly Ends);

/// <summary>A placement as Attendance.Service keeps it: whom the provider registers, and when.</summary>
public sealed record AttendancePlacement(
    Guid PlacementId, Guid PupilId, Guid SchoolId, Guid ProviderId, DateOnly StartDate, DateOnly? EndDate, List<TimetabledSession> Timetable)
{
    public bool Expects(DateOnly date, Session session) =>
        StartDate <= date && (EndDate is null || date <= EndDate)
        && Timetable.Any(slot => slot.Day == date.DayOfWeek && slot.Session == session.ToString());
}

public sealed record MarkView(
    Guid PlacementId, Guid PupilId, DateOnly Date, Session Session, MarkStatus Status, int? MinutesLate, string? Reason, string Code, int Version,
    string RecordedBy, DateTimeOffset RecordedAt);

public sealed record MarkInput(Guid PlacementId, Session Session, MarkStatus Status, int? MinutesLate, string? Reason);

public sealed record DailyReturnRequest(DateOnly Date, List<MarkInput> Marks);

public sealed record CaseAction(CaseActionKind Kind, string? Note, string By, DateTimeOffset At);

public sealed record AbsenceCase(
    Guid Id, Guid PlacementId, Guid PupilId, Guid SchoolId, Guid ProviderId, DateOnly Date, Session Session, CaseStatus Status, string? Code,
    string? Explanation, EscalatedTo? EscalatedTo, List<CaseAction> Actions, DateTimeOffset OpenedAt, DateTimeOffset FollowUpBy);

/// <summary>Attendance.Service through the gateway (/api/attendance): registers, marks and absence follow-up.</summary>
public sealed class AttendanceApi(HttpClient http) : GatewayClient(http)
{
    public Task<List<AttendancePlacement>> PlacementsAsync(CancellationToken cancellationToken) =>
        GetAsync<List<AttendancePlacement>>("api/attendance/placements", cancellationToken);

    public Task<List<MarkView>> MarksAsync(Guid placementId, DateOnly from, DateOnly to, CancellationToken cancellationToken) =>
        GetAsync<List<MarkView>>($"api/attendance/placements/{placementId}/marks?from={from:yyyy-MM-dd}&to={to:yyyy-MM-dd}", cancellationToken);

    /// <summary>The register, recorded whole or not at all; <paramref name="idempotencyKey"/> is the form's, so a resubmission records it once.</summary>
    public Task<object> PostReturnAsync(DailyReturnRequest request, string idempotencyKey, CancellationToken cancellationToken) =>
        PostAsync<object>("api/attendance/returns", request, cancellationToken, idempotencyKey);

    public Task<List<AbsenceCase>> CasesAsync(CaseStatus? status, DateOnly? date, CancellationToken cancellationToken)
    {
        var query = new List<string>();
        if (status is not null)
        {
            query.Add($"status={System.Text.Json.JsonNamingPolicy.SnakeCaseLower.ConvertName(status.Value.ToString())}");
        }

        if (date is not null)
        {
            query.Add($"date={date:yyyy-MM-dd}");
        }

        return GetAsync<List<AbsenceCase>>("api/attendance/cases" + (query.Count > 0 ? "?" + string.Join('&', query) : ""), cancellationToken);
    }

    public Task<AbsenceCase> CaseAsync(Guid id, CancellationToken cancellationToken) =>
        GetAsync<AbsenceCase>($"api/attendance/cases/{id}", cancellationToken);

    public Task<AbsenceCase> RecordActionAsync(Guid id, CaseActionKind kind, string? note, CancellationToken cancellationToken) =>
        PostAsync<AbsenceCase>($"api/attendance/cases/{id}/actions", new { kind, note }, cancellationToken);

    public Task<AbsenceCase> ExplainAsync(Guid id, string code, string explanation, CancellationToken cancellationToken) =>
        PostAsync<AbsenceCase>($"api/attendance/cases/{id}/explain", new { code, explanation }, cancellationToken);

    public Task<AbsenceCase> EscalateAsync(Guid id, EscalatedTo to, string note, CancellationToken cancellationToken) =>
        PostAsync<AbsenceCase>($"api/attendance/cases/{id}/escalate", new { to, note }, cancellationToken);
}
