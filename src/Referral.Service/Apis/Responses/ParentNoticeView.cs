using APPlatform.Referrals.Model.Placements;

namespace APPlatform.Referrals.Apis.Responses;

/// <summary>A written notification to the parents (policy §9; SI 2010/1156 for an off-site direction), as issued.</summary>
/// <param name="Id">The notice's id.</param>
/// <param name="SchoolName">The school directing or placing the pupil.</param>
/// <param name="Recipients">The names of the pupil's carers it is addressed to.</param>
/// <param name="Purpose">What the placement is for.</param>
/// <param name="Reason">Why the pupil is placed or directed off site.</param>
/// <param name="StartDate">The first day (ISO date).</param>
/// <param name="EndDate">The planned last day (ISO date).</param>
/// <param name="Timetable">The weekly sessions.</param>
/// <param name="Address">Where the pupil attends.</param>
/// <param name="PersonResponsible">The person at the provider responsible for the pupil.</param>
/// <param name="PastoralContact">The school's pastoral contact for the pupil.</param>
/// <param name="IsOffSiteDirection">Whether it is an off-site direction, which needs two school days' notice.</param>
/// <param name="IssuedBy">Who issued it, e.g. the headteacher.</param>
/// <param name="IssuedAt">When it was issued (ISO date-time with offset).</param>
/// <param name="IssuedOn">The day it was issued in England (ISO date), from which the notice period is counted.</param>
public sealed record ParentNoticeView(
    Guid Id, string SchoolName, List<string> Recipients, string Purpose, string Reason, DateOnly StartDate, DateOnly? EndDate,
    List<WeeklySessionView> Timetable, string Address, StaffMemberView PersonResponsible, StaffMemberView PastoralContact, bool IsOffSiteDirection,
    string IssuedBy, DateTimeOffset IssuedAt, DateOnly IssuedOn)
{
    public static ParentNoticeView Of(ParentNotice n) => new(
        n.Id, n.SchoolName, n.Recipients, n.Purpose, n.Reason, n.StartDate, n.EndDate, [.. n.Timetable.Select(WeeklySessionView.Of)], n.Address, StaffMemberView.Of(n.PersonResponsible),
        StaffMemberView.Of(n.PastoralContact),
        n.IsOffSiteDirection, n.IssuedBy, n.IssuedAt, n.IssuedOn);
}
