using System.ComponentModel.DataAnnotations;
using APPlatform.Attendance.Model;

namespace APPlatform.Attendance.Apis.Requests;

public sealed record CaseActionRequest([property: Required] CaseActionKind? Kind, [property: StringLength(2000)] string? Note);

public sealed record ExplainRequest(
    [property: Required, StringLength(3)] string Code,
    [property: Required, StringLength(2000, MinimumLength = 3)] string Explanation);

public sealed record EscalateRequest([property: Required] EscalatedTo? To, [property: Required, StringLength(2000, MinimumLength = 3)] string Note);

public sealed record CloseRequest([property: StringLength(2000)] string? Note);
