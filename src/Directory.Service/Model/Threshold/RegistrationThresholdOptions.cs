namespace APPlatform.ProviderDirectory.Model.Threshold;

/// <summary>
/// The numbers of the registration threshold rule; see <see cref="RegistrationThresholdRule"/>. Which placements are
/// full time is not among them: Referral.Service decides that (Referral:FullTimeHoursPerWeek) and says so in each
/// placement event, and the directory counts what it says.
/// </summary>
public sealed class RegistrationThresholdOptions
{
    public const string SectionName = "Directory:RegistrationThreshold";

    /// <summary>The setting this section once had, refused at start-up so that no one believes it still counts.</summary>
    public const string RemovedFullTimeHoursSetting = SectionName + ":FullTimeHoursPerWeek";

    /// <summary>Warn one pupil before the legal number.</summary>
    public int AtRiskFullTimePupils { get; set; } = 4;

    /// <summary>Education Act 1996 s463: five or more full-time pupils of compulsory school age.</summary>
    public int BreachFullTimePupils { get; set; } = 5;

    /// <summary>Education Act 1996 s463: one full-time pupil who is looked after or has an EHC plan.</summary>
    public int BreachFullTimeLookedAfterOrEhcpPupils { get; set; } = 1;

    /// <summary>How many weeks ahead placements already agreed are counted.</summary>
    public int WeeksAhead { get; set; } = 26;
}
