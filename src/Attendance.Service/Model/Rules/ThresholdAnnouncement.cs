namespace APPlatform.Attendance.Model.Rules;

/// <summary>What to do with a threshold's flag after a placement is checked.</summary>
public enum FlagChange
{
    /// <summary>Nothing changed: announced already, or not crossed.</summary>
    None,

    /// <summary>Newly crossed: raise the flag and announce it.</summary>
    Raise,

    /// <summary>Recovered: clear the flag, so that a later crossing is announced again.</summary>
    Clear,
}

/// <summary>
/// Each threshold is announced once when a placement crosses it, not at every mark after, and re-armed when the
/// placement recovers, so the people told are not flooded yet hear of a relapse.
/// </summary>
/// <remarks>Platform policy (docs/attendance.md, "Summaries and thresholds").</remarks>
public static class ThresholdAnnouncement
{
    public static FlagChange Decide(bool crossed, bool alreadyRaised) => (crossed, alreadyRaised) switch
    {
        (true, false) => FlagChange.Raise,
        (false, true) => FlagChange.Clear,
        _ => FlagChange.None,
    };
}
