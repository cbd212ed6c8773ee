using APPlatform.Referrals.Model.Placements;

namespace APPlatform.Referrals.Apis.Responses;

/// <summary>One change of a placement's status: to what, by whom, when and why.</summary>
/// <param name="Status">The status it moved to.</param>
/// <param name="ByOrganisationId">The organisation that moved it.</param>
/// <param name="Note">Why, where a reason was given.</param>
/// <param name="At">When (ISO date-time with offset).</param>
/// <param name="By">Who moved it: the signed-in person's name, or the id of the system client that acted.</param>
public sealed record PlacementStatusChangeView(PlacementStatus Status, Guid ByOrganisationId, string? Note, DateTimeOffset At, string? By)
{
    public static PlacementStatusChangeView Of(PlacementStatusChange c) => new(c.Status, c.ByOrganisationId, c.Note, c.At, c.By);
}

/// <summary>A review meeting: who came, what progress was seen, what was decided.</summary>
/// <param name="Id">The review's id.</param>
/// <param name="Kind">Which kind of review it was.</param>
/// <param name="HeldOn">When it was held (ISO date).</param>
/// <param name="Attendees">Who came.</param>
/// <param name="Progress">What progress was seen.</param>
/// <param name="Outcome">What was decided.</param>
/// <param name="Improved">
/// For a formal review, whether progress improved; three formal reviews in a row without improvement allow the
/// placement to end (policy §12).
/// </param>
/// <param name="RecordedBy">The organisation that recorded it.</param>
/// <param name="RecordedAt">When it was recorded (ISO date-time with offset).</param>
public sealed record ReviewView(
    Guid Id, ReviewKind Kind, DateOnly HeldOn, List<StaffMemberView> Attendees, string Progress, string Outcome, bool? Improved, Guid RecordedBy,
    DateTimeOffset RecordedAt)
{
    public static ReviewView Of(Review r) =>
        new(r.Id, r.Kind, r.HeldOn, [.. r.Attendees.Select(StaffMemberView.Of)], r.Progress, r.Outcome, r.Improved, r.RecordedBy, r.RecordedAt);
}

/// <summary>The parents' request for a review of an off-site direction.</summary>
/// <param name="Id">The request's id.</param>
/// <param name="AskedBy">Who asked: the parent's name.</param>
/// <param name="AskedOn">When they asked (ISO date).</param>
/// <param name="RecordedBy">The organisation that recorded it.</param>
/// <param name="RecordedAt">When it was recorded (ISO date-time with offset).</param>
public sealed record ReviewAskedForView(Guid Id, string AskedBy, DateOnly AskedOn, Guid RecordedBy, DateTimeOffset RecordedAt)
{
    public static ReviewAskedForView Of(ReviewAskedFor r) => new(r.Id, r.AskedBy, r.AskedOn, r.RecordedBy, r.RecordedAt);
}

/// <summary>A visit by the AP Lead or another member of staff (policy §10.4, §12).</summary>
/// <param name="Id">The visit's id.</param>
/// <param name="On">When the visit was made (ISO date).</param>
/// <param name="Staff">The staff who visited.</param>
/// <param name="Observations">What was seen.</param>
/// <param name="PupilVoice">What the pupil said of the placement.</param>
/// <param name="RecordedBy">The organisation that recorded it.</param>
/// <param name="RecordedAt">When it was recorded (ISO date-time with offset).</param>
public sealed record VisitView(Guid Id, DateOnly On, List<StaffMemberView> Staff, string Observations, string? PupilVoice, Guid RecordedBy, DateTimeOffset RecordedAt)
{
    public static VisitView Of(Visit v) => new(v.Id, v.On, [.. v.Staff.Select(StaffMemberView.Of)], v.Observations, v.PupilVoice, v.RecordedBy, v.RecordedAt);
}

/// <summary>The provider's account of the placement before the pupil returns (policy §13).</summary>
/// <param name="Attainment">What the pupil attained, qualifications included.</param>
/// <param name="Progress">The progress the pupil made.</param>
/// <param name="Attendance">The pupil's attendance.</param>
/// <param name="Behaviour">The pupil's behaviour.</param>
/// <param name="SubmittedBy">Who at the provider submitted it.</param>
/// <param name="SubmittedAt">When it was submitted (ISO date-time with offset).</param>
public sealed record FinalReportView(string Attainment, string Progress, string Attendance, string Behaviour, string SubmittedBy, DateTimeOffset SubmittedAt)
{
    public static FinalReportView Of(FinalReport r) => new(r.Attainment, r.Progress, r.Attendance, r.Behaviour, r.SubmittedBy, r.SubmittedAt);
}

/// <summary>The plan for the pupil's return to school, agreed with the provider (policy §13).</summary>
/// <param name="MeetingOn">When the plan was agreed at a meeting (ISO date).</param>
/// <param name="Objectives">The plan's objectives.</param>
/// <param name="Support">The support the pupil will have.</param>
/// <param name="ReturnOn">When the pupil returns (ISO date).</param>
/// <param name="RecordedAt">When it was recorded (ISO date-time with offset).</param>
public sealed record ReintegrationPlanView(DateOnly MeetingOn, List<PlanObjectiveView> Objectives, string Support, DateOnly? ReturnOn, DateTimeOffset RecordedAt)
{
    public static ReintegrationPlanView Of(ReintegrationPlan p) => new(p.MeetingOn, [.. p.Objectives.Select(PlanObjectiveView.Of)], p.Support, p.ReturnOn, p.RecordedAt);
}
