namespace APPlatform.Statutory.Attendance;

/// <summary>
/// The home school's register code for a session the pupil attended at the provider, by how the placement is registered:
/// D when dual registered (not a possible session at home), K when the LA arranged it, B for approved educational
/// activity off site. An absence takes an absence code instead.
/// </summary>
/// <remarks>SI 2024/208 reg. 10; Working together to improve school attendance (2024) ch. 8.</remarks>
public static class AttendedSessionCode
{
    public const string Dual = "D";
    public const string ApprovedActivity = "B";
    public const string LaArranged = "K";

    /// <summary>The code for <paramref name="registrationMode"/> (<see cref="RegistrationModes"/>); any other value is refused, never guessed.</summary>
    public static string For(string registrationMode) => registrationMode switch
    {
        RegistrationModes.Dual => Dual,
        RegistrationModes.ApprovedActivity => ApprovedActivity,
        RegistrationModes.LaArranged => LaArranged,
        _ => throw new UnknownRegistrationModeException(registrationMode),
    };

    public static bool IsKnown(string registrationMode) =>
        registrationMode is RegistrationModes.Dual or RegistrationModes.ApprovedActivity or RegistrationModes.LaArranged;
}

/// <summary>A registration mode no rule knows: a code guessed for it would be recorded in the school's register as fact.</summary>
public sealed class UnknownRegistrationModeException(string registrationMode)
    : Exception($"'{registrationMode}' is not a registration mode ({RegistrationModes.Dual}, {RegistrationModes.ApprovedActivity} or {RegistrationModes.LaArranged}): no register code can be given for it.")
{
    public string RegistrationMode { get; } = registrationMode;
}
