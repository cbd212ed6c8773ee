using APPlatform.Attendance.Model;
using APPlatform.ServiceDefaults.Authentication;

namespace APPlatform.Attendance.Apis.Responses;

/// <summary>
/// The school's follow-up of one absence, opened the day it is reported (trust policy §10.6, §12): unexplained →
/// contacted → explained (with the DfE code, authorised or not) → closed, or escalated to the DSL or the LA.
/// </summary>
/// <param name="Id">The case's id.</param>
/// <param name="MarkId">The absence mark it follows up.</param>
/// <param name="PlacementId">The placement.</param>
/// <param name="PupilId">The pupil.</param>
/// <param name="SchoolId">The home school that follows it up.</param>
/// <param name="LocalAuthorityId">The school's local authority.</param>
/// <param name="ProviderId">The provider that reported the absence.</param>
/// <param name="Date">The day of the absence (ISO date).</param>
/// <param name="Session">AM or PM.</param>
/// <param name="Status">Where the follow-up stands.</param>
/// <param name="Code">The DfE absence code the school confirmed, once explained.</param>
/// <param name="Explanation">The school's explanation of the absence, once explained.</param>
/// <param name="EscalatedTo">Who took it over, once escalated.</param>
/// <param name="Actions">Every follow-up step, oldest first; the DSL's view withheld from those who may not read it.</param>
/// <param name="OpenedAt">When the case was opened: the day the absence was reported (ISO date-time with offset).</param>
/// <param name="FollowUpBy">When an unexplained absence must have been followed up (contacted at least).</param>
/// <param name="IsOpen">Whether it still needs the school: any status but closed.</param>
public sealed record CaseView(
    Guid Id, Guid MarkId, Guid PlacementId, Guid PupilId, Guid SchoolId, Guid? LocalAuthorityId, Guid ProviderId, DateOnly Date, Session Session,
    CaseStatus Status, string? Code, string? Explanation, EscalatedTo? EscalatedTo, List<CaseActionView> Actions, DateTimeOffset OpenedAt,
    DateTimeOffset FollowUpBy, bool IsOpen)
{
    /// <summary>The case as <paramref name="caller"/> may read it.</summary>
    public static CaseView Of(AbsenceCase c, Caller caller) =>
        new(c.Id, c.MarkId, c.PlacementId, c.PupilId, c.SchoolId, c.LocalAuthorityId, c.ProviderId, c.Date, c.Session, c.Status, c.Code, c.Explanation,
            c.EscalatedTo, [.. c.ActionsAsSeenBy(caller).Select(CaseActionView.Of)], c.OpenedAt, c.FollowUpBy, c.IsOpen);
}
