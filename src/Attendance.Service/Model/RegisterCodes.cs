namespace APPlatform.Attendance.Model;

public static class RegisterCodes
{
    /// <summary>
    /// The home school's code for a session the pupil attended at the provider, by how the placement is registered
    /// (WTISA ch. 8): D when dual registered (not a possible session at home), K when the LA arranged it, else B.
    /// </summary>
    public static string Attended(string registrationMode) => registrationMode switch
    {
        "dual" => "D",
        "la_arranged" => "K",
        _ => "B",
    };
}
