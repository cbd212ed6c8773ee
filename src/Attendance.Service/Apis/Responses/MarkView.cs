using APPlatform.Attendance.Model;

namespace APPlatform.Attendance.Apis.Responses;

/// <summary>A session's mark as the school or provider reads it.</summary>
/// <param name="Id">The mark's id.</param>
/// <param name="PlacementId">The placement the session belongs to.</param>
/// <param name="PupilId">The pupil.</param>
/// <param name="SchoolId">The pupil's home school.</param>
/// <param name="ProviderId">The provider that marked it.</param>
/// <param name="Date">The school day (ISO date).</param>
/// <param name="Session">AM or PM.</param>
/// <param name="Status">The latest mark.</param>
/// <param name="MinutesLate">For a late mark, how many minutes after the start.</param>
/// <param name="Reason">The provider's account of an absence.</param>
/// <param name="Code">
/// The register code the home school records: B, K or D when attended; N for an absence until the school confirms its
/// reason.
/// </param>
/// <param name="Version">The latest version number; each correction adds one.</param>
/// <param name="RecordedBy">
/// Who recorded it: the provider's signed-in person by name, or the client id of the provider's system, or "register
/// cut-off" for a mark made missing at the cut-off.
/// </param>
/// <param name="RecordedAt">When the latest version was recorded (ISO date-time with offset).</param>
/// <param name="History">Every version, oldest first.</param>
/// <param name="IsAbsence">Whether the mark is an absence: absent or missing.</param>
public sealed record MarkView(
    Guid Id, Guid PlacementId, Guid PupilId, Guid SchoolId, Guid ProviderId, DateOnly Date, Session Session, MarkStatus Status, int? MinutesLate,
    string? Reason, string Code, int Version, string RecordedBy, DateTimeOffset RecordedAt, List<MarkVersionView> History, bool IsAbsence)
{
    public static MarkView Of(SessionMark m) => new(m.Id, m.PlacementId, m.PupilId, m.SchoolId, m.ProviderId, m.Date, m.Session, m.Status, m.MinutesLate,
        m.Reason, m.Code, m.Version, m.RecordedBy, m.RecordedAt, [.. m.History.Select(MarkVersionView.Of)], m.IsAbsence);
}
