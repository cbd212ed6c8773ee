namespace APPlatform.Attendance.Model;

public enum AbsenceCategory
{
    Authorised,
    Unauthorised,

    /// <summary>Not a possible session (e.g. Q: the LA has not made access arrangements).</summary>
    NotCounted,
}

/// <summary>
/// The DfE absence codes a school may confirm for a session missed at the provider (SI 2024/208; WTISA 2024 ch. 8).
/// N ("no reason yet") is an absence's code until then.
/// </summary>
public static class AbsenceCodes
{
    public const string NoReasonYet = "N";

    public static readonly IReadOnlyDictionary<string, (string Meaning, AbsenceCategory Category)> All = new Dictionary<string, (string, AbsenceCategory)>
    {
        ["I"] = ("Illness", AbsenceCategory.Authorised),
        ["M"] = ("Medical or dental appointment", AbsenceCategory.Authorised),
        ["C"] = ("Leave of absence for exceptional circumstances", AbsenceCategory.Authorised),
        ["C1"] = ("Leave to take part in a regulated performance or employment abroad", AbsenceCategory.Authorised),
        ["C2"] = ("Leave for a temporary reduced timetable", AbsenceCategory.Authorised),
        ["E"] = ("Suspended or permanently excluded, no alternative provision made", AbsenceCategory.Authorised),
        ["J1"] = ("Leave to attend an interview", AbsenceCategory.Authorised),
        ["S"] = ("Study leave", AbsenceCategory.Authorised),
        ["T"] = ("Parent travelling for occupational purposes", AbsenceCategory.Authorised),
        ["R"] = ("Religious observance", AbsenceCategory.Authorised),
        ["G"] = ("Holiday not granted by the school", AbsenceCategory.Unauthorised),
        ["O"] = ("Absent in other or unknown circumstances", AbsenceCategory.Unauthorised),
        ["U"] = ("Arrived after registers closed", AbsenceCategory.Unauthorised),
        ["Q"] = ("Unable to attend: the LA has not made access arrangements", AbsenceCategory.NotCounted),
    };

    public static bool IsAuthorised(string code) => All.TryGetValue(code, out var known) && known.Category == AbsenceCategory.Authorised;

    public static bool IsNotCounted(string code) => All.TryGetValue(code, out var known) && known.Category == AbsenceCategory.NotCounted;

    public const string Illness = "I";
}
