using System.Diagnostics;

namespace APPlatform.AppHost.Processes;

/// <summary>
/// Stops everything one launch started: its process group and every descendant, including those that left the group
/// (PostgreSQL's backends start sessions of their own), so nothing outlives a stop.
/// </summary>
internal static class ProcessGroup
{
    private static readonly TimeSpan KillWait = TimeSpan.FromSeconds(5);

    public static bool IsAlive(int processGroupId) => ProcessTable.Live().Any(process => process.ProcessGroupId == processGroupId);

    /// <summary>
    /// Sends <paramref name="signal"/> to the group (or only to <paramref name="mainProcess"/>, when given), waits up to
    /// <paramref name="grace"/> for the group and its descendants to end, then kills whatever is left.
    /// </summary>
    public static async Task StopAsync(int processGroupId, int signal, TimeSpan grace, int? mainProcess = null)
    {
        if (processGroupId <= 1 || processGroupId == Signals.OwnProcessGroup)
        {
            throw new ArgumentOutOfRangeException(nameof(processGroupId), $"Process group {processGroupId} is not one the AppHost started.");
        }

        var members = Members(processGroupId);
        Signals.Send(mainProcess ?? -processGroupId, signal);
        if (await WaitUntilGoneAsync(processGroupId, members, grace))
        {
            return;
        }

        Signals.Send(-processGroupId, Signals.SigKill);
        foreach (var process in members.Where(ProcessTable.IsAlive))
        {
            Signals.Send(process.Pid, Signals.SigKill);
        }

        if (!await WaitUntilGoneAsync(processGroupId, members, KillWait))
        {
            throw new InvalidOperationException($"Process group {processGroupId} survived SIGKILL.");
        }
    }

    /// <summary>The group's processes and, transitively, their children wherever they are now.</summary>
    private static List<ProcessTable.Entry> Members(int processGroupId)
    {
        var live = ProcessTable.Live();
        var members = live.Where(process => process.ProcessGroupId == processGroupId).ToList();
        for (var i = 0; i < members.Count; i++)
        {
            members.AddRange(live.Where(process => process.ParentPid == members[i].Pid && !members.Contains(process)).ToList());
        }

        return members;
    }

    private static async Task<bool> WaitUntilGoneAsync(int processGroupId, List<ProcessTable.Entry> members, TimeSpan timeout)
    {
        var elapsed = Stopwatch.StartNew();
        while (IsAlive(processGroupId) || members.Any(ProcessTable.IsAlive))
        {
            if (elapsed.Elapsed > timeout)
            {
                return false;
            }

            await Task.Delay(50);
        }

        return true;
    }
}
