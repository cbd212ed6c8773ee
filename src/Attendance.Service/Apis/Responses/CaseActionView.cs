using APPlatform.Attendance.Model;

namespace APPlatform.Attendance.Apis.Responses;

/// <summary>One follow-up step on an absence case.</summary>
/// <param name="Kind">What was done.</param>
/// <param name="Note">What was said or found; says it is withheld when the reader may not read the DSL's view.</param>
/// <param name="By">Who recorded it: the signed-in person's name, or the id of the system client that acted.</param>
/// <param name="At">When (ISO date-time with offset).</param>
/// <param name="Safeguarding">
/// The DSL's view of the case: recorded by the DSL once it was escalated to them, read among the school's people only by
/// its DSL, its headteacher and those it names.
/// </param>
public sealed record CaseActionView(CaseActionKind Kind, string? Note, string By, DateTimeOffset At, bool Safeguarding)
{
    public static CaseActionView Of(CaseAction a) => new(a.Kind, a.Note, a.By, a.At, a.Safeguarding);
}
