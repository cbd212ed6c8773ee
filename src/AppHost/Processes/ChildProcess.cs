using System.Diagnostics;

namespace APPlatform.AppHost.Processes;

/// <summary>
/// A child process in a session of its own (started through setsid), so a Ctrl+C in the terminal reaches only the
/// AppHost, which then stops children in order; and so a stop reaches everything the child started. Its output goes
/// to the log line by line, prefixed with its name.
/// </summary>
public sealed class ChildProcess : IAsyncDisposable
{
    private const int RecentLineCount = 40;
    private static readonly TimeSpan OutputDrain = TimeSpan.FromSeconds(1);
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

    /// <summary>Also its process group's id: setsid makes it the group's leader.</summary>
    public int Id => process.Id;

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

        var process = new Process { StartInfo = start };
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
    /// Sends <paramref name="signal"/> to the whole process group (or only to <paramref name="mainProcess"/>) and waits
    /// up to <paramref name="grace"/> for everything it started to end; whatever is left then is killed.
    /// </summary>
    public async Task StopAsync(int signal, TimeSpan grace, int? mainProcess = null)
    {
        await ProcessGroup.StopAsync(Id, signal, grace, mainProcess);

        // The last lines may still be in the pipe; a daemon that kept it open must not hold the stop up, though.
        try
        {
            await process.WaitForExitAsync().WaitAsync(OutputDrain);
        }
        catch (TimeoutException)
        {
        }
    }

    public async ValueTask DisposeAsync()
    {
        if (ProcessGroup.IsAlive(Id))
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
