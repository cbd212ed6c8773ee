using APPlatform.Attendance.Model;

namespace APPlatform.Attendance.Apis.Responses;

/// <summary>One version of a mark: what was recorded, by whom and when. Corrections add versions; none is lost.</summary>
/// <param name="Version">The version number, from 1.</param>
/// <param name="Status">The mark recorded.</param>
/// <param name="MinutesLate">For a late mark, how many minutes after the start.</param>
/// <param name="Reason">The provider's account of an absence.</param>
/// <param name="RecordedBy">
/// Who recorded it: the provider's signed-in person by name, or the client id of the provider's system, or "register
/// cut-off" for a mark made missing at the cut-off.
/// </param>
/// <param name="RecordedAt">When it was recorded (ISO date-time with offset).</param>
public sealed record MarkVersionView(int Version, MarkStatus Status, int? MinutesLate, string? Reason, string RecordedBy, DateTimeOffset RecordedAt)
{
    public static MarkVersionView Of(MarkVersion v) => new(v.Version, v.Status, v.MinutesLate, v.Reason, v.RecordedBy, v.RecordedAt);
}
