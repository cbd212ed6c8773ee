namespace APPlatform.Web.Platform;

/// <summary>
/// The DfE absence codes a school may confirm for a session missed at the provider (SI 2024/208; WTISA 2024 ch. 8), as
/// Attendance.Service accepts them at POST /cases/{id}/explain, which refuses any other with a 422 naming the list.
/// </summary>
public static class AbsenceCodes
{
    public static readonly IReadOnlyList<(string Code, string Meaning)> Confirmable =
    [
        ("I", "Illness"),
        ("M", "Medical or dental appointment"),
        ("C", "Leave of absence for exceptional circumstances"),
        ("C1", "Leave to take part in a regulated performance or employment abroad"),
        ("C2", "Leave for a temporary reduced timetable"),
        ("E", "Suspended or permanently excluded, no alternative provision made"),
        ("J1", "Leave to attend an interview"),
        ("S", "Study leave"),
        ("T", "Parent travelling for occupational purposes"),
        ("R", "Religious observance"),
        ("G", "Holiday not granted by the school"),
        ("O", "Absent in other or unknown circumstances"),
        ("U", "Arrived after registers closed"),
        ("Q", "Unable to attend: the LA has not made access arrangements"),
    ];
}
