namespace APPlatform.AppHost.Tests;

/// <summary>
/// The live processes as /proc lists them: .NET knows only its own children, not the servers, DCP and services an
/// AppHost started, some of which leave its process tree.
/// </summary>
internal static class ProcessTable
{
    /// <param name="StartTime">Clock ticks after boot: with the pid, tells a process from a later one given the same pid.</param>
    public readonly record struct Entry(int Pid, int ParentPid, ulong StartTime);

    /// <summary>Every live process. Zombies are left out: they have ended and only wait for their parent to reap them.</summary>
    public static IReadOnlyList<Entry> Live() =>
        Directory.EnumerateDirectories("/proc")
            .Select(directory => int.TryParse(Path.GetFileName(directory), out var pid) ? Read(pid) : null)
            .OfType<Entry>()
            .ToList();

    /// <summary>Still running: same pid, same start time.</summary>
    public static bool IsAlive(Entry process) => Read(process.Pid)?.StartTime == process.StartTime;

    /// <summary>Its arguments joined by spaces; empty when it is gone.</summary>
    public static string CommandLine(int pid) => ReadText($"/proc/{pid}/cmdline").Replace('\0', ' ').Trim();

    /// <summary>
    /// <paramref name="roots"/> and, transitively, every process whose parent is among them, as they are now: to
    /// check later that none survived.
    /// </summary>
    public static IReadOnlyList<Entry> WithDescendants(IEnumerable<Entry> roots)
    {
        var live = Live();
        var tree = roots.ToList();
        for (var i = 0; i < tree.Count; i++)
        {
            tree.AddRange(live.Where(process => process.ParentPid == tree[i].Pid && !tree.Contains(process)).ToList());
        }

        return tree;
    }

    /// <summary>
    /// Those still running, described. One whose command line reads empty has already released its memory on the way
    /// out (a zombie a moment later), so it counts as gone.
    /// </summary>
    public static IReadOnlyList<string> StillAlive(IEnumerable<Entry> processes) =>
        processes.Where(IsAlive)
            .Select(process => (process.Pid, CommandLine: CommandLine(process.Pid)))
            .Where(process => process.CommandLine.Length > 0)
            .Select(process => $"{process.Pid}: {process.CommandLine}")
            .ToList();

    /// <summary>Parses /proc/&lt;pid&gt;/stat; null for a zombie or a process that has gone.</summary>
    private static Entry? Read(int pid)
    {
        var stat = ReadText($"/proc/{pid}/stat");

        // The command name in parentheses may itself hold spaces and parentheses: the fields start after the last ')'.
        var fields = stat[(stat.LastIndexOf(')') + 1)..].Split(' ', StringSplitOptions.RemoveEmptyEntries);
        if (fields.Length < 20 || fields[0] is "Z" or "X")
        {
            return null;
        }

        // Fields 3 (state), 4 (ppid) and 22 (starttime) of proc(5), counted from the state.
        return new Entry(pid, int.Parse(fields[1]), ulong.Parse(fields[19]));
    }

    private static string ReadText(string path)
    {
        try
        {
            return File.ReadAllText(path);
        }
        catch (Exception exception) when (exception is IOException or UnauthorizedAccessException)
        {
            return "";
        }
    }
}
