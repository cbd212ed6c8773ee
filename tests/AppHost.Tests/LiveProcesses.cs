using APPlatform.AppHost.Processes;

namespace APPlatform.AppHost.Tests;

/// <summary>What `ps` would show, read from /proc: to prove a stop left nothing behind.</summary>
internal static class LiveProcesses
{
    /// <summary>Live processes whose command line or environment mentions <paramref name="text"/> (a data directory, a port).</summary>
    public static IReadOnlyList<ProcessTable.Entry> Mentioning(string text) =>
        ProcessTable.Live().Where(process => ProcessTable.CommandLine(process.Pid).Contains(text) || Environment(process.Pid).Contains(text)).ToList();

    /// <summary>The processes and all their descendants as they are now, to check later that none survived.</summary>
    public static IReadOnlyList<ProcessTable.Entry> WithDescendants(IEnumerable<ProcessTable.Entry> roots)
    {
        var live = ProcessTable.Live();
        var tree = roots.ToList();
        for (var i = 0; i < tree.Count; i++)
        {
            tree.AddRange(live.Where(process => process.ParentPid == tree[i].Pid && !tree.Contains(process)).ToList());
        }

        return tree;
    }

    /// <summary>
    /// Those still running. One whose command line reads empty has already released its memory on the way out (a
    /// zombie a moment later), so it counts as gone: a fresh-clone run once caught a RabbitMQ child at that instant.
    /// </summary>
    public static IReadOnlyList<string> StillAlive(IEnumerable<ProcessTable.Entry> processes) =>
        processes.Where(ProcessTable.IsAlive)
            .Select(process => (process.Pid, CommandLine: ProcessTable.CommandLine(process.Pid)))
            .Where(process => process.CommandLine.Length > 0)
            .Select(process => $"{process.Pid}: {process.CommandLine}")
            .ToList();

    private static string Environment(int pid)
    {
        try
        {
            return File.ReadAllText($"/proc/{pid}/environ").Replace('\0', ' ');
        }
        catch (Exception exception) when (exception is IOException or UnauthorizedAccessException)
        {
            return "";
        }
    }
}
