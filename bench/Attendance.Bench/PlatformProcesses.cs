namespace APPlatform.Bench;

/// <summary>
/// What each part of the platform uses, from /proc: CPU seconds so far (where the time goes), and memory. Processes are
/// matched by program name among this benchmark's descendants (it starts DCP, which starts the servers and services;
/// DCP's API server leaves the process tree but names the process it serves with --monitor), so another platform
/// running on the machine is not counted.
/// </summary>
internal static class PlatformProcesses
{
    private static readonly Dictionary<string, string> Parts = new()
    {
        ["Gateway"] = "gateway", ["Attendance.Service"] = "attendance", ["Notification.Service"] = "notification", ["Referral.Service"] = "referral",
        ["Directory.Service"] = "directory", ["Identity.Service"] = "identity", ["postgres"] = "postgres", ["beam.smp"] = "rabbitmq", ["redis-server"] = "redis",
    };

    public static Dictionary<string, double> CpuSeconds() => SumOverProcesses(directory =>
    {
        var stat = File.ReadAllText(Path.Combine(directory, "stat"));
        var fields = stat[(stat.LastIndexOf(')') + 2)..].Split(' ');
        return (double.Parse(fields[11]) + double.Parse(fields[12])) / 100; // utime + stime, in clock ticks of 1/100 s
    });

    /// <summary>Proportional set size: memory shared between processes (PostgreSQL's buffers) is split among them, not counted in each.</summary>
    public static Dictionary<string, double> MemoryMegabytes() => SumOverProcesses(directory =>
        File.ReadLines(Path.Combine(directory, "smaps_rollup")).Where(line => line.StartsWith("Pss:", StringComparison.Ordinal))
            .Sum(line => double.Parse(line.Split(' ', StringSplitOptions.RemoveEmptyEntries)[1])) / 1024);

    private static Dictionary<string, double> SumOverProcesses(Func<string, double> measure)
    {
        var totals = Parts.Values.Distinct().ToDictionary(p => p, _ => 0.0);
        var ours = Descendants(Environment.ProcessId);
        foreach (var directory in Directory.EnumerateDirectories("/proc").Where(d => int.TryParse(Path.GetFileName(d), out var pid) && ours.Contains(pid)))
        {
            try
            {
                if (PartOf(File.ReadAllText(Path.Combine(directory, "cmdline"))) is { } part)
                {
                    totals[part] += measure(directory);
                }
            }
            catch (IOException)
            {
                // The process ended while being read.
            }
        }

        return totals;
    }

    private static HashSet<int> Descendants(int root)
    {
        var children = new Dictionary<int, List<int>>();
        foreach (var directory in Directory.EnumerateDirectories("/proc"))
        {
            try
            {
                if (int.TryParse(Path.GetFileName(directory), out var pid))
                {
                    var stat = File.ReadAllText(Path.Combine(directory, "stat"));
                    var command = File.ReadAllText(Path.Combine(directory, "cmdline")).Split('\0');
                    var monitored = Array.IndexOf(command, "--monitor") is var at and >= 0 && at + 1 < command.Length ? int.Parse(command[at + 1]) : -1;
                    foreach (var parent in new[] { int.Parse(stat[(stat.LastIndexOf(')') + 2)..].Split(' ')[1]), monitored })
                    {
                        (children.TryGetValue(parent, out var list) ? list : children[parent] = []).Add(pid);
                    }
                }
            }
            catch (IOException)
            {
                // The process ended while being read.
            }
        }

        var found = new HashSet<int>();
        var pending = new Stack<int>([root]);
        while (pending.TryPop(out var pid))
        {
            foreach (var child in children.GetValueOrDefault(pid) ?? [])
            {
                if (found.Add(child))
                {
                    pending.Push(child);
                }
            }
        }

        return found;
    }

    /// <summary>
    /// The part a command line belongs to: the built executable, or the assembly a "dotnet" host runs. PostgreSQL and
    /// Redis rewrite their command line as one string ("postgres: postgres attendancedb ...").
    /// </summary>
    private static string? PartOf(string commandLine)
    {
        var command = commandLine.Split('\0', StringSplitOptions.RemoveEmptyEntries);
        var first = command.Length == 0 ? "" : command[0].Split(' ')[0];
        var program = Path.GetFileName(Path.GetFileName(first) == "dotnet" && command.Length > 1 ? command[1] : first);
        return Parts.GetValueOrDefault(program.EndsWith(".dll", StringComparison.Ordinal) ? program[..^4] : program.TrimEnd(':'));
    }
}
