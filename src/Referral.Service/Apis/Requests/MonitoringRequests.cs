using System.ComponentModel.DataAnnotations;
using APPlatform.Referrals.Model.Placements;

namespace APPlatform.Referrals.Apis.Requests;

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

public sealed record VisitRequest(
    [property: Required] DateOnly? On,
    [property: Required, MinLength(1), MaxLength(10)] List<StaffMemberInput> Staff,
    [property: Required, StringLength(8000)] string Observations,
    [property: StringLength(4000)] string? PupilVoice);

public sealed record ReportRequest([property: Required, StringLength(60)] string Term, [property: Required] DateOnly? DueOn);

public sealed record SubmitReportRequest(
    [property: Required, StringLength(8000)] string Progress,
    [property: Required, StringLength(8000)] string Behaviour,
    [property: Required, StringLength(8000)] string Welfare,
    [property: StringLength(4000)] string? Attendance,
    [property: Required, StringLength(200)] string SubmittedBy);

public sealed record IncidentRequest(
    [property: Required] DateTimeOffset? OccurredAt,
    [property: Required] IncidentCategory? Category,
    [property: Required, StringLength(8000, MinimumLength = 10)] string Summary,
    [property: StringLength(4000)] string? ActionTaken,
    [property: Required, StringLength(200)] string ReportedBy);

public sealed record AcknowledgeIncidentRequest([property: Required, StringLength(4000)] string Response);

public sealed record ReintegrationPlanRequest(
    [property: Required] DateOnly? MeetingOn,
    [property: Required, MinLength(1), MaxLength(20)] List<ObjectiveInput> Objectives,
    [property: Required, StringLength(4000)] string Support,
    DateOnly? ReturnOn);

public sealed record FinalReportRequest(
    [property: Required, StringLength(8000)] string Attainment,
    [property: Required, StringLength(8000)] string Progress,
    [property: Required, StringLength(4000)] string Attendance,
    [property: Required, StringLength(8000)] string Behaviour,
    [property: Required, StringLength(200)] string SubmittedBy);

public sealed record EndPlacementRequest(
    [property: Required] PlacementEndReason? Reason,
    [property: Required] DateOnly? EndedOn,
    [property: StringLength(4000)] string? PupilViews,
    [property: Required] Destination? Destination,
    [property: StringLength(4000)] string? Note);
