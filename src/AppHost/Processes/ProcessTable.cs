namespace APPlatform.AppHost.Processes;

/// <summary>
/// The live processes as /proc lists them: .NET knows only its own children, not process groups, sessions or the
/// orphans a crashed run leaves behind.
/// </summary>
internal static class ProcessTable
{
    /// <param name="StartTime">Clock ticks after boot: with the pid, tells a process from a later one given the same pid.</param>
    public readonly record struct Entry(int Pid, int ParentPid, int ProcessGroupId, ulong StartTime);

    /// <summary>Every live process. Zombies are left out: they have ended and only wait for their parent to reap them.</summary>
    public static IReadOnlyList<Entry> Live() =>
        Directory.EnumerateDirectories("/proc")
            .Select(directory => int.TryParse(Path.GetFileName(directory), out var pid) ? Read(pid) : null)
            .OfType<Entry>()
            .ToList();

    public static Entry? Find(int pid) => pid > 0 ? Read(pid) : null;

    /// <summary>Still running: same pid, same start time (its parent and group may have changed since).</summary>
    public static bool IsAlive(Entry process) => Read(process.Pid)?.StartTime == process.StartTime;

    /// <summary>Its arguments joined by spaces; empty when it is gone.</summary>
    public static string CommandLine(int pid) => ReadText($"/proc/{pid}/cmdline").Replace('\0', ' ').Trim();

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

        // Fields 3 (state), 4 (ppid), 5 (pgrp) and 22 (starttime) of proc(5), counted from the state.
        return new Entry(pid, int.Parse(fields[1]), int.Parse(fields[2]), ulong.Parse(fields[19]));
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
