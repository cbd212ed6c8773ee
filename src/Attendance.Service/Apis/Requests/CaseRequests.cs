using System.ComponentModel.DataAnnotations;
using APPlatform.Attendance.Model;

namespace APPlatform.Attendance.Apis.Requests;

/// <summary>A step the school took to follow up the absence.</summary>
/// <param name="Kind">How the school tried to reach the family, or a note to the file.</param>
/// <param name="Note">What was said or found, up to 2,000 characters.</param>
public sealed record CaseActionRequest([property: Required] CaseActionKind? Kind, [property: StringLength(2000)] string? Note);

/// <summary>The reason for the absence, confirmed by the school.</summary>
/// <param name="Code">
/// The DfE absence code the mark takes (SI 2024/208), e.g. I (illness) or O (unauthorised); N is not a reason.
/// </param>
/// <param name="Explanation">The reason as the family or the provider gave it, 3 to 2,000 characters.</param>
public sealed record ExplainRequest(
    [property: Required, StringLength(3)] string Code,
    [property: Required, StringLength(2000, MinimumLength = 3)] string Explanation);

/// <summary>The absence handed on because follow-up did not account for the pupil.</summary>
/// <param name="To">Who takes the case over.</param>
/// <param name="Note">Why it is escalated and what has been tried, 3 to 2,000 characters.</param>
public sealed record EscalateRequest([property: Required] EscalatedTo? To, [property: Required, StringLength(2000, MinimumLength = 3)] string Note);

/// <summary>The follow-up ends.</summary>
/// <param name="Note">Why the case is closed, up to 2,000 characters.</param>
public sealed record CloseRequest([property: StringLength(2000)] string? Note);
