namespace APPlatform.ServiceDefaults.Scheduling;

public sealed class SchedulingOptions
{
    public const string SectionName = "Scheduling";

    /// <summary>How often due deadlines are looked for: the most a deadline can run late.</summary>
    public TimeSpan PollInterval { get; set; } = TimeSpan.FromSeconds(15);
}
