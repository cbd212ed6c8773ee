namespace APPlatform.Statutory.Attendance;

/// <summary>What a session's register code counts as in the school's attendance figures.</summary>
public enum CountsAs
{
    /// <summary>Present at the school (on time, or late before the register closed).</summary>
    Present,

    /// <summary>Attending a place other than the school for an approved educational activity: counted as attendance.</summary>
    ApprovedEducationalActivity,

    /// <summary>Absent with the school's permission or for a reason the law accepts.</summary>
    AuthorisedAbsence,

    /// <summary>Absent without permission, or with no reason yet.</summary>
    UnauthorisedAbsence,

    /// <summary>Not a possible session: neither attendance nor absence (e.g. unable to attend through an unavoidable cause).</summary>
    NotPossible,
}

/// <summary>One national register code: its letter, what it records, and what it counts as.</summary>
public sealed record RegisterCode(string Code, string Meaning, CountsAs CountsAs)
{
    /// <summary>Whether the session counts among the possible ones (attendance or absence).</summary>
    public bool IsPossible => CountsAs != CountsAs.NotPossible;

    /// <summary>Whether the session counts as attended: present, or at an approved educational activity.</summary>
    public bool IsAttendance => CountsAs is CountsAs.Present or CountsAs.ApprovedEducationalActivity;
}

/// <summary>
/// The national attendance and absence codes every school in England records, from August 2024, and what each counts
/// as. The B, K and D of <see cref="AttendedSessionCode"/> are among them.
/// </summary>
/// <remarks>SI 2024/208 reg. 10 (the codes); Working together to improve school attendance (2024), "Attendance codes" (what each counts as).</remarks>
public static class RegisterCodes
{
    public static readonly IReadOnlyDictionary<string, RegisterCode> All = new RegisterCode[]
    {
        new("/", "Present at the morning register", CountsAs.Present),
        new("\\", "Present at the afternoon register", CountsAs.Present),
        new("L", "Late, before the register closed", CountsAs.Present),
        new("K", "Attending education provision arranged by the local authority", CountsAs.ApprovedEducationalActivity),
        new("V", "Attending an educational visit or trip", CountsAs.ApprovedEducationalActivity),
        new("P", "Participating in a supervised sporting activity", CountsAs.ApprovedEducationalActivity),
        new("W", "Attending work experience", CountsAs.ApprovedEducationalActivity),
        new("B", "Attending any other approved educational activity", CountsAs.ApprovedEducationalActivity),
        new("D", "Dual registered: attending another school at which the pupil is registered", CountsAs.NotPossible),
        new("C1", "Leave to take part in a regulated performance or employment abroad", CountsAs.AuthorisedAbsence),
        new("M", "Leave for a medical or dental appointment", CountsAs.AuthorisedAbsence),
        new("J1", "Leave to attend an interview", CountsAs.AuthorisedAbsence),
        new("S", "Study leave", CountsAs.AuthorisedAbsence),
        new("X", "Non-compulsory school age pupil not required to attend", CountsAs.NotPossible),
        new("C2", "Leave for a compulsory school age pupil on a part-time timetable", CountsAs.AuthorisedAbsence),
        new("C", "Leave of absence for exceptional circumstances", CountsAs.AuthorisedAbsence),
        new("T", "Parent travelling for occupational purposes", CountsAs.AuthorisedAbsence),
        new("R", "Religious observance", CountsAs.AuthorisedAbsence),
        new("I", "Illness", CountsAs.AuthorisedAbsence),
        new("Q", "Unable to attend: the local authority has not made access arrangements", CountsAs.NotPossible),
        new("Y1", "Unable to attend: the transport normally provided is not available", CountsAs.NotPossible),
        new("Y2", "Unable to attend: widespread disruption to travel", CountsAs.NotPossible),
        new("Y3", "Unable to attend: part of the school premises closed", CountsAs.NotPossible),
        new("Y4", "Unable to attend: the whole school site unexpectedly closed", CountsAs.NotPossible),
        new("Y5", "Unable to attend: in criminal justice detention", CountsAs.NotPossible),
        new("Y6", "Unable to attend: public health guidance or law", CountsAs.NotPossible),
        new("Y7", "Unable to attend: any other unavoidable cause", CountsAs.NotPossible),
        new("E", "Suspended or permanently excluded, no alternative provision made", CountsAs.AuthorisedAbsence),
        new("G", "Holiday not granted by the school", CountsAs.UnauthorisedAbsence),
        new("N", "Reason not yet provided", CountsAs.UnauthorisedAbsence),
        new("O", "Absent in other or unknown circumstances", CountsAs.UnauthorisedAbsence),
        new("U", "Arrived after the register closed", CountsAs.UnauthorisedAbsence),
        new("Z", "Prospective pupil not yet on the admission register", CountsAs.NotPossible),
        new("#", "Planned whole-school closure", CountsAs.NotPossible),
    }.ToDictionary(c => c.Code);
}
