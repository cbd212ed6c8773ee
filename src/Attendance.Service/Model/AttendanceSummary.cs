namespace APPlatform.Attendance.Model;

/// <summary>
/// Attendance at the provider over a period, as WTISA counts it: possible sessions (marked or missing, less those not
/// counted), attended (present or late), authorised and unauthorised absence (an unexplained one counts as
/// unauthorised until the school confirms its reason), the percentage, and the persistent (10% or more missed) and
/// severe (50% or more) flags.
/// </summary>
/// <remarks>Working together to improve school attendance (2024): persistent absence 10%, severe 50% of possible sessions.</remarks>
/// <param name="SessionsPossible">Possible sessions: marked or missing, less those whose code is not counted.</param>
/// <param name="Attended">Sessions attended (present or late).</param>
/// <param name="AuthorisedAbsence">Absences the school authorised by their DfE code.</param>
/// <param name="UnauthorisedAbsence">Absences not authorised, unexplained ones included.</param>
/// <param name="Unexplained">Absences still coded N: the school has not yet confirmed their reason.</param>
/// <param name="AttendancePercent">
/// Attended as a percentage of possible sessions, to one decimal; 100 with none possible.
/// </param>
/// <param name="PersistentAbsence">Whether 10% or more of possible sessions were missed (persistent absence).</param>
/// <param name="SevereAbsence">Whether 50% or more of possible sessions were missed (severe absence).</param>
public sealed record AttendanceSummary(
    int SessionsPossible, int Attended, int AuthorisedAbsence, int UnauthorisedAbsence, int Unexplained, decimal AttendancePercent,
    bool PersistentAbsence, bool SevereAbsence)
{
    public const decimal PersistentAbsencePercent = 10;
    public const decimal SevereAbsencePercent = 50;

    public static AttendanceSummary Of(IEnumerable<MarkFacts> marks)
    {
        var counted = marks.Where(m => !AbsenceCodes.IsNotCounted(m.Code)).ToList();
        var attended = counted.Count(m => m.Status is MarkStatus.Present or MarkStatus.Late);
        var absences = counted.Where(m => m.Status is MarkStatus.Absent or MarkStatus.Missing).ToList();
        var authorised = absences.Count(m => AbsenceCodes.IsAuthorised(m.Code));
        var percent = counted.Count == 0 ? 100m : Math.Round(100m * attended / counted.Count, 1);
        var missed = 100m - percent;
        return new AttendanceSummary(counted.Count, attended, authorised, absences.Count - authorised, absences.Count(m => m.Code == AbsenceCodes.NoReasonYet), percent,
            counted.Count > 0 && missed >= PersistentAbsencePercent, counted.Count > 0 && missed >= SevereAbsencePercent);
    }
}

/// <summary>What a summary needs of a mark.</summary>
public sealed record MarkFacts(Guid PlacementId, DateOnly Date, MarkStatus Status, string Code);
