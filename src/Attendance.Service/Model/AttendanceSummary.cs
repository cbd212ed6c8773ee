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

    public static AttendanceSummary Of(IEnumerable<MarkFacts> marks) =>
        Of(marks.Select(m => new MarkCount(m.PlacementId, SchoolWeek.MondayOf(m.Date), m.Status, m.Code, Sessions: 1)));

    /// <summary>The summary of the sessions counted (<see cref="MarkCount"/>), as of the marks they count.</summary>
    public static AttendanceSummary Of(IEnumerable<MarkCount> counts)
    {
        var counted = counts.Where(c => !AbsenceCodes.IsNotCounted(c.Code)).ToList();
        var possible = counted.Sum(c => c.Sessions);
        var attended = counted.Where(c => c.Status is MarkStatus.Present or MarkStatus.Late).Sum(c => c.Sessions);
        var absences = counted.Where(c => c.Status is MarkStatus.Absent or MarkStatus.Missing).ToList();
        var absent = absences.Sum(c => c.Sessions);
        var authorised = absences.Where(c => AbsenceCodes.IsAuthorised(c.Code)).Sum(c => c.Sessions);
        var percent = possible == 0 ? 100m : Math.Round(100m * attended / possible, 1);
        var missed = 100m - percent;
        return new AttendanceSummary(possible, attended, authorised, absent - authorised, absences.Where(c => c.Code == AbsenceCodes.NoReasonYet).Sum(c => c.Sessions), percent,
            possible > 0 && missed >= PersistentAbsencePercent, possible > 0 && missed >= SevereAbsencePercent);
    }
}

/// <summary>What a summary needs of a mark.</summary>
public sealed record MarkFacts(Guid PlacementId, DateOnly Date, MarkStatus Status, string Code);
