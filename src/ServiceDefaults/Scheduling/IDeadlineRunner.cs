namespace APPlatform.ServiceDefaults.Scheduling;

/// <summary>
/// Runs the service's due deadlines now, rather than at the scanner's next look (every Scheduling:PollInterval):
/// for a test that has moved the service's clock on, or an operator who will not wait.
/// </summary>
public interface IDeadlineRunner
{
    /// <summary>
    /// Runs every deadline due by the service's clock, and any that running them makes due, waiting for one that a
    /// scanner (of this replica or another) is running at the time rather than skipping it. When it returns, every
    /// deadline that was due has fired and committed its effects, or failed and been put off for a retry. Returns how
    /// many this call ran.
    /// </summary>
    Task<int> RunDueNowAsync(CancellationToken cancellationToken = default);
}
