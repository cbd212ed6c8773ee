namespace APPlatform.Statutory.Attendance;

/// <summary>
/// How a pupil is registered while at the provider, as placements and their events name it: dual (on the roll of both
/// schools), approved_activity (approved educational activity off site), la_arranged (provision the LA arranged under
/// s19, s42 or s61).
/// </summary>
public static class RegistrationModes
{
    public const string Dual = "dual";
    public const string ApprovedActivity = "approved_activity";
    public const string LaArranged = "la_arranged";
}
