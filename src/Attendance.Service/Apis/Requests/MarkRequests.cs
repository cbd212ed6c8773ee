using System.ComponentModel.DataAnnotations;
using APPlatform.Attendance.Model;

namespace APPlatform.Attendance.Apis.Requests;

/// <summary>One session's mark as a provider sends it.</summary>
/// <param name="PlacementId">The placement the pupil attends the provider under.</param>
/// <param name="Session">The morning or afternoon session.</param>
/// <param name="Status">present, late or absent (missing is what the platform records for an unmarked session).</param>
/// <param name="MinutesLate">For a late mark only: minutes after the session's start, 1 to 300.</param>
/// <param name="Reason">What the provider knows of a lateness or an absence, up to 500 characters.</param>
public sealed record MarkInput(
    [property: Required] Guid? PlacementId,
    [property: Required] Session? Session,
    [property: Required] MarkStatus? Status,
    [property: Range(1, 300)] int? MinutesLate,
    [property: StringLength(500)] string? Reason) : IValidatableObject
{
    public IEnumerable<ValidationResult> Validate(ValidationContext validationContext)
    {
        if (Status == MarkStatus.Missing)
        {
            yield return new ValidationResult("A provider marks present, late or absent; missing is what an unmarked session becomes.", [nameof(Status)]);
        }

        if (MinutesLate is not null && Status != MarkStatus.Late)
        {
            yield return new ValidationResult("Minutes late go with a late mark only.", [nameof(MinutesLate)]);
        }
    }
}

/// <summary>A provider's register for one day: every pupil placed with it, morning and afternoon.</summary>
/// <param name="Date">The school day the register is for (ISO date).</param>
/// <param name="Marks">One mark per placement and session, 1 to 2,000.</param>
public sealed record DailyReturnRequest(
    [property: Required] DateOnly? Date,
    [property: Required, MinLength(1), MaxLength(2000)] List<MarkInput> Marks);

/// <summary>A single mark, e.g. a pupil who arrived late after the register was sent.</summary>
/// <param name="Date">The school day of the session (ISO date).</param>
/// <param name="PlacementId">The placement the pupil attends the provider under.</param>
/// <param name="Session">The morning or afternoon session.</param>
/// <param name="Status">present, late or absent (missing is what the platform records for an unmarked session).</param>
/// <param name="MinutesLate">For a late mark only: minutes after the session's start, 1 to 300.</param>
/// <param name="Reason">What the provider knows of a lateness or an absence, up to 500 characters.</param>
public sealed record SingleMarkRequest(
    [property: Required] DateOnly? Date,
    [property: Required] Guid? PlacementId,
    [property: Required] Session? Session,
    [property: Required] MarkStatus? Status,
    [property: Range(1, 300)] int? MinutesLate,
    [property: StringLength(500)] string? Reason)
{
    public DailyReturnRequest AsReturn() => new(Date, [new MarkInput(PlacementId, Session, Status, MinutesLate, Reason)]);
}
