using System.ComponentModel.DataAnnotations;
using APPlatform.Attendance.Model;

namespace APPlatform.Attendance.Apis.Requests;

/// <summary>One session's mark as a provider sends it.</summary>
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
public sealed record DailyReturnRequest(
    [property: Required] DateOnly? Date,
    [property: Required, MinLength(1), MaxLength(2000)] List<MarkInput> Marks);

/// <summary>A single mark, e.g. a pupil who arrived late after the register was sent.</summary>
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
