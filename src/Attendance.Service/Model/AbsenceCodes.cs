using APPlatform.Statutory.Attendance;

namespace APPlatform.Attendance.Model;

/// <summary>
/// The DfE absence codes a school may confirm for a session missed at the provider, as the national table
/// (<see cref="RegisterCodes"/>) defines and counts them. N ("no reason yet") is an absence's code until then.
/// </summary>
/// <remarks>SI 2024/208 reg. 10; WTISA 2024, "Attendance codes".</remarks>
public static class AbsenceCodes
{
    public const string NoReasonYet = "N";

    public const string Illness = "I";

    public static readonly IReadOnlyDictionary<string, RegisterCode> All =
        new[] { "I", "M", "C", "C1", "C2", "E", "J1", "S", "T", "R", "G", "O", "U", "Q" }.ToDictionary(code => code, code => RegisterCodes.All[code]);

    public static bool IsAuthorised(string code) => All.TryGetValue(code, out var known) && known.CountsAs == CountsAs.AuthorisedAbsence;

    /// <summary>
    /// Whether an absence so coded is not a possible session. Only absence codes are asked: a session attended at the
    /// provider counts there, though its D is not a possible session at the home school.
    /// </summary>
    public static bool IsNotCounted(string code) => All.TryGetValue(code, out var known) && !known.IsPossible;

    /// <summary>The code as the register holds it (trimmed, upper case), or null when a school may not confirm it for a missed session.</summary>
    public static string? Confirmable(string code)
    {
        var asRecorded = code.Trim().ToUpperInvariant();
        return All.ContainsKey(asRecorded) ? asRecorded : null;
    }
}
