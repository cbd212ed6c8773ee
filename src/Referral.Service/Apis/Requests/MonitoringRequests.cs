using System.ComponentModel.DataAnnotations;
using APPlatform.Referrals.Model.Placements;

namespace APPlatform.Referrals.Apis.Requests;

/// <summary>A review meeting of the placement.</summary>
/// <param name="Kind">Which review it is.</param>
/// <param name="HeldOn">When it was held (ISO date).</param>
/// <param name="Attendees">1 to 20 people present.</param>
/// <param name="Progress">The pupil's progress against the plan, up to 8,000 characters.</param>
/// <param name="Outcome">What was decided, up to 4,000 characters.</param>
/// <param name="Improved">
/// Whether progress has improved since the last formal review; required for a formal review (policy §12).
/// </param>
public sealed record ReviewRequest(
    [property: Required] ReviewKind? Kind,
    [property: Required] DateOnly? HeldOn,
    [property: Required, MinLength(1), MaxLength(20)] List<StaffMemberInput> Attendees,
    [property: Required, StringLength(8000)] string Progress,
    [property: Required, StringLength(4000)] string Outcome,
    bool? Improved) : IValidatableObject
{
    public IEnumerable<ValidationResult> Validate(ValidationContext validationContext)
    {
        if (Kind == ReviewKind.Formal && Improved is null)
        {
            yield return new ValidationResult("Say whether the pupil's progress has improved since the last formal review.", [nameof(Improved)]);
        }
    }
}

/// <summary>The parents of a pupil directed off site asked for a review (SI 2010/1156 reg 4).</summary>
/// <param name="AskedBy">Who asked: the parent's name.</param>
/// <param name="AskedOn">When they asked (ISO date): the 10 weeks are counted back from it.</param>
public sealed record ReviewAskedForRequest(
    [property: Required, StringLength(200)] string AskedBy,
    [property: Required] DateOnly? AskedOn);

/// <summary>A visit to the pupil at the provider (policy §10.4).</summary>
/// <param name="On">When it took place (ISO date).</param>
/// <param name="Staff">1 to 10 school staff who visited.</param>
/// <param name="Observations">What was seen, up to 8,000 characters.</param>
/// <param name="PupilVoice">What the pupil said of the placement, up to 4,000 characters.</param>
public sealed record VisitRequest(
    [property: Required] DateOnly? On,
    [property: Required, MinLength(1), MaxLength(10)] List<StaffMemberInput> Staff,
    [property: Required, StringLength(8000)] string Observations,
    [property: StringLength(4000)] string? PupilVoice);

/// <summary>The school asks the provider for a progress report.</summary>
/// <param name="Term">The term it covers, e.g. Spring 2027.</param>
/// <param name="DueOn">When it is due (ISO date).</param>
public sealed record ReportRequest([property: Required, StringLength(60)] string Term, [property: Required] DateOnly? DueOn);

/// <summary>The provider's progress report.</summary>
/// <param name="Progress">Progress against the plan's objectives, up to 8,000 characters.</param>
/// <param name="Behaviour">The pupil's behaviour, up to 8,000 characters.</param>
/// <param name="Welfare">The pupil's welfare and wellbeing, up to 8,000 characters.</param>
/// <param name="Attendance">Comment on attendance, up to 4,000 characters.</param>
/// <param name="SubmittedBy">The provider's author of the report.</param>
public sealed record SubmitReportRequest(
    [property: Required, StringLength(8000)] string Progress,
    [property: Required, StringLength(8000)] string Behaviour,
    [property: Required, StringLength(8000)] string Welfare,
    [property: StringLength(4000)] string? Attendance,
    [property: Required, StringLength(200)] string SubmittedBy);

/// <summary>An incident at the provider, reported to the school.</summary>
/// <param name="OccurredAt">When it happened (ISO date-time with offset).</param>
/// <param name="Category">What kind of incident it was.</param>
/// <param name="Summary">What happened, 10 to 8,000 characters.</param>
/// <param name="ActionTaken">What the provider did, up to 4,000 characters.</param>
/// <param name="ReportedBy">Who reports it at the provider.</param>
public sealed record IncidentRequest(
    [property: Required] DateTimeOffset? OccurredAt,
    [property: Required] IncidentCategory? Category,
    [property: Required, StringLength(8000, MinimumLength = 10)] string Summary,
    [property: StringLength(4000)] string? ActionTaken,
    [property: Required, StringLength(200)] string ReportedBy);

/// <summary>The school's acknowledgement of an incident.</summary>
/// <param name="Response">What the school will do, up to 4,000 characters.</param>
public sealed record AcknowledgeIncidentRequest([property: Required, StringLength(4000)] string Response);

/// <summary>The plan for the pupil's return to school, agreed with the provider (policy §13).</summary>
/// <param name="MeetingOn">When it was agreed (ISO date).</param>
/// <param name="Objectives">1 to 20 objectives for the return.</param>
/// <param name="Support">The support the pupil will have, up to 4,000 characters.</param>
/// <param name="ReturnOn">When the pupil returns (ISO date).</param>
public sealed record ReintegrationPlanRequest(
    [property: Required] DateOnly? MeetingOn,
    [property: Required, MinLength(1), MaxLength(20)] List<ObjectiveInput> Objectives,
    [property: Required, StringLength(4000)] string Support,
    DateOnly? ReturnOn);

/// <summary>The provider's report at the end of the placement.</summary>
/// <param name="Attainment">What the pupil attained, qualifications included, up to 8,000 characters.</param>
/// <param name="Progress">Progress against the plan, up to 8,000 characters.</param>
/// <param name="Attendance">Attendance over the placement, up to 4,000 characters.</param>
/// <param name="Behaviour">Behaviour over the placement, up to 8,000 characters.</param>
/// <param name="SubmittedBy">The provider's author of the report.</param>
public sealed record FinalReportRequest(
    [property: Required, StringLength(8000)] string Attainment,
    [property: Required, StringLength(8000)] string Progress,
    [property: Required, StringLength(4000)] string Attendance,
    [property: Required, StringLength(8000)] string Behaviour,
    [property: Required, StringLength(200)] string SubmittedBy);

/// <summary>The placement ends.</summary>
/// <param name="Reason">Why it ends.</param>
/// <param name="EndedOn">Its last day (ISO date).</param>
/// <param name="PupilViews">What the pupil thought of it, up to 4,000 characters.</param>
/// <param name="Destination">Where the pupil goes next.</param>
/// <param name="Note">Anything else, up to 4,000 characters.</param>
public sealed record EndPlacementRequest(
    [property: Required] PlacementEndReason? Reason,
    [property: Required] DateOnly? EndedOn,
    [property: StringLength(4000)] string? PupilViews,
    [property: Required] Destination? Destination,
    [property: StringLength(4000)] string? Note);
