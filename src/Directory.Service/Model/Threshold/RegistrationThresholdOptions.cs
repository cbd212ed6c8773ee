namespace APPlatform.ProviderDirectory.Model.Threshold;

/// <summary>The numbers of the registration threshold rule; see <see cref="RegistrationThresholdRule"/>.</summary>
public sealed class RegistrationThresholdOptions
{
    public const string SectionName = "Directory:RegistrationThreshold";

    /// <summary>DfE guidance: 18 hours a week or more is full-time (a pupil's sole provision counts whatever the hours).</summary>
    public decimal FullTimeHoursPerWeek { get; set; } = 18;

    /// <summary>Warn one pupil before the legal number.</summary>
    public int AtRiskFullTimePupils { get; set; } = 4;

    /// <summary>Education Act 1996 s463: five or more full-time pupils of compulsory school age.</summary>
    public int BreachFullTimePupils { get; set; } = 5;

    /// <summary>Education Act 1996 s463: one full-time pupil who is looked after or has an EHC plan.</summary>
    public int BreachFullTimeLookedAfterOrEhcpPupils { get; set; } = 1;

    /// <summary>How many weeks ahead placements already agreed are counted.</summary>
    public int WeeksAhead { get; set; } = 26;
}
