using System.Diagnostics;

namespace APPlatform.AppHost.Processes;

/// <summary>
/// A child process in a session of its own (started through setsid), so a Ctrl+C in the terminal reaches only the
/// AppHost, which then stops children in order; and so stopping signals the child's whole process group, including
/// anything it started (postgres backends, the Erlang VM), leaving nothing behind.
/// </summary>
public sealed class ChildProcess : IAsyncDisposable
{
    private const int RecentLineCount = 40;
    private readonly Process process;
    private readonly string name;
    private readonly OutputLog log;
    private readonly Queue<string> recent = new();

    private ChildProcess(Process process, string name, OutputLog log)
    {
        this.process = process;
        this.name = name;
        this.log = log;
    }

    public int ProcessGroupId => process.Id;

    public bool HasExited => process.HasExited;

    public Task Exited => process.WaitForExitAsync();

    /// <summary>The last lines it wrote, to explain a failed start.</summary>
    public string RecentOutput
    {
        get
        {
            lock (recent)
            {
                return string.Join(Environment.NewLine, recent);
            }
        }
    }

    public static ChildProcess Start(
        string name, string fileName, IEnumerable<string> arguments, OutputLog log,
        IReadOnlyDictionary<string, string>? environment = null, string? workingDirectory = null)
    {
        var start = new ProcessStartInfo("setsid")
        {
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            RedirectStandardInput = true,
            UseShellExecute = false,
            WorkingDirectory = workingDirectory ?? Environment.CurrentDirectory,
        };
        start.ArgumentList.Add(fileName);
        foreach (var argument in arguments)
        {
            start.ArgumentList.Add(argument);
        }

        foreach (var (key, value) in environment ?? new Dictionary<string, string>())
        {
            start.Environment[key] = value;
        }

        var process = new Process { StartInfo = start, EnableRaisingEvents = true };
        var child = new ChildProcess(process, name, log);
        process.OutputDataReceived += (_, e) => child.OnLine(e.Data);
        process.ErrorDataReceived += (_, e) => child.OnLine(e.Data);
        process.Start();
        process.StandardInput.Close();
        process.BeginOutputReadLine();
        process.BeginErrorReadLine();
        return child;
    }

    /// <summary>
    /// Sends <paramref name="signal"/> to the process group and waits up to <paramref name="grace"/> for every process in
    /// it to end; whatever is left then is killed.
    /// </summary>
    public async Task StopAsync(int signal, TimeSpan grace)
    {
        await StopGroupAsync(ProcessGroupId, signal, grace);
        await process.WaitForExitAsync();
    }

    /// <summary>Stops a process group this AppHost may not have started itself (an instance left by a crashed run).</summary>
    public static async Task StopGroupAsync(int processGroupId, int signal, TimeSpan grace)
    {
        Signals.SendToGroup(processGroupId, signal);
        var deadline = Stopwatch.StartNew();
        while (Signals.GroupIsAlive(processGroupId) && deadline.Elapsed < grace)
        {
            await Task.Delay(50);
        }

        if (Signals.GroupIsAlive(processGroupId))
        {
            Signals.SendToGroup(processGroupId, Signals.SigKill);
            while (Signals.GroupIsAlive(processGroupId))
            {
                await Task.Delay(20);
            }
        }
    }

    public async ValueTask DisposeAsync()
    {
        if (Signals.GroupIsAlive(ProcessGroupId))
        {
            await StopAsync(Signals.SigKill, TimeSpan.Zero);
        }

        process.Dispose();
    }

    private void OnLine(string? line)
    {
        if (line is null)
        {
            return;
        }

        lock (recent)
        {
            recent.Enqueue(line);
            if (recent.Count > RecentLineCount)
            {
                recent.Dequeue();
            }
        }

        log.Line(name, line);
    }
}
