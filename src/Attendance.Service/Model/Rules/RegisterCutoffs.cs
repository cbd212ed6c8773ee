namespace APPlatform.Attendance.Model.Rules;

/// <summary>
/// When a provider's AM and PM registers are due: a session expected that day and still unmarked at its cut-off becomes
/// missing, an unexplained absence for the school to follow up. The afternoon's comes after the morning's.
/// </summary>
/// <remarks>SI 2024/208 reg. 10: registers are taken at the start of the morning session and once in the afternoon; trust policy §10.6: the provider reports every absence the same day.</remarks>
public sealed record RegisterCutoffs(TimeOnly Morning, TimeOnly Afternoon)
{
    public TimeOnly For(Session session) => session == Session.AM ? Morning : Afternoon;

    /// <summary>Whether <paramref name="session"/>'s register is past its cut-off at <paramref name="now"/> (local time in England).</summary>
    public bool HasPassed(Session session, TimeOnly now) => now >= For(session);

    /// <summary>Why these cut-offs cannot be set, or null when they can.</summary>
    public string? Check() => Afternoon > Morning ? null : "The afternoon cut-off comes after the morning's.";
}
