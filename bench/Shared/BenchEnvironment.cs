namespace APPlatform.Bench;

/// <summary>What a benchmark's platform is told through the environment, before it starts.</summary>
internal static class BenchEnvironment
{
    /// <summary>
    /// Marks go to past days only, within a correction window of <paramref name="correctionWindowDays"/>, and today's
    /// cut-offs are pushed to midnight, so no register deadline fires mid-run and muddles the counts; services log
    /// warnings and worse only.
    /// </summary>
    public static void PastDaysOnly(int correctionWindowDays)
    {
        Environment.SetEnvironmentVariable("Attendance__CorrectionWindowDays", correctionWindowDays.ToString());
        Environment.SetEnvironmentVariable("Attendance__MorningCutoff", "23:59:58");
        Environment.SetEnvironmentVariable("Attendance__AfternoonCutoff", "23:59:59");
        Environment.SetEnvironmentVariable("Logging__LogLevel__Default", "Warning");
    }
}
