using System.Diagnostics;
using APPlatform.AppHost.Processes;

namespace APPlatform.AppHost.Servers;

/// <summary>
/// What the three launchers share: a data directory kept between runs, the server as a child process in a session of
/// its own, a readiness probe, and the server's own pid file, through which an instance orphaned by a crashed run is
/// found and stopped before the next start instead of holding the port and the data.
/// </summary>
public abstract class LocalServer(string name, LocalServerOptions options) : ILocalServer
{
    private static readonly TimeSpan StartTimeout = TimeSpan.FromSeconds(90);
    private ChildProcess? process;
    private bool resetPending = options.Reset;

    public string Name { get; } = name;

    public int Port { get; } = FreePort.OrNext(options.Port);

    public abstract string ConnectionString { get; }

    protected LocalServerOptions Options { get; } = options;

    /// <summary>How the server asks to be stopped (PostgreSQL: SIGINT, a fast shutdown), and how long it is given.</summary>
    protected virtual (int Signal, TimeSpan Grace) Shutdown => (Signals.SigTerm, TimeSpan.FromSeconds(5));

    /// <summary>The pid file the server itself writes, holding its main process's id.</summary>
    protected abstract string PidFile { get; }

    /// <summary>Text in the main process's command line, so a pid recycled by another program is never taken for ours.</summary>
    protected abstract string ProcessMarker { get; }

    public async Task StartAsync(CancellationToken cancellationToken)
    {
        if (process is { HasExited: false })
        {
            return;
        }

        Directory.CreateDirectory(Options.DataDirectory);
        await StopStaleInstanceAsync();
        if (resetPending)
        {
            Directory.Delete(Options.DataDirectory, recursive: true);
            Directory.CreateDirectory(Options.DataDirectory);
            resetPending = false;
        }

        await PrepareAsync(cancellationToken);
        var (fileName, arguments, environment) = Command();
        process = ChildProcess.Start(Name, fileName, arguments, Options.Log, environment, Options.DataDirectory);
        await WaitUntilReadyAsync(process, cancellationToken);
    }

    public async Task StopAsync()
    {
        if (process is null)
        {
            return;
        }

        // The server's own process, not the whole group: runuser, which leads the group as root, answers a SIGTERM
        // by killing its child two seconds later, cutting RabbitMQ's clean shutdown short.
        await process.StopAsync(Shutdown.Signal, Shutdown.Grace, mainProcess: RunningInstance());
        await process.DisposeAsync();
        process = null;
        await AfterStopAsync();
    }

    public async ValueTask DisposeAsync()
    {
        await StopAsync();
        GC.SuppressFinalize(this);
    }

    /// <summary>First-run set-up (initdb, directories, ownership); runs before every start, so it must be idempotent.</summary>
    protected abstract Task PrepareAsync(CancellationToken cancellationToken);

    protected abstract (string FileName, IEnumerable<string> Arguments, IReadOnlyDictionary<string, string>? Environment) Command();

    protected abstract Task<bool> IsReadyAsync(CancellationToken cancellationToken);

    /// <summary>Clean-up of what the server leaves outside its process tree (RabbitMQ's epmd), also after a stale instance.</summary>
    protected virtual Task AfterStopAsync() => Task.CompletedTask;

    private async Task WaitUntilReadyAsync(ChildProcess child, CancellationToken cancellationToken)
    {
        var elapsed = Stopwatch.StartNew();
        while (!await IsReadyAsync(cancellationToken))
        {
            if (child.HasExited || elapsed.Elapsed > StartTimeout)
            {
                var reason = child.HasExited ? "exited during start-up" : $"was not ready after {StartTimeout.TotalSeconds:0} s";
                await StopAsync();
                throw new InvalidOperationException($"{Name} {reason}. Its last output:{Environment.NewLine}{child.RecentOutput}");
            }

            await Task.Delay(100, cancellationToken);
        }
    }

    /// <summary>The pid in the server's pid file, if that process is alive and is this server.</summary>
    private int? RunningInstance()
    {
        var lines = File.Exists(PidFile) ? File.ReadAllLines(PidFile) : [];
        return lines.Length > 0 && int.TryParse(lines[0].Trim(), out var pid) && ProcessTable.Find(pid) is not null
               && ProcessTable.CommandLine(pid).Contains(ProcessMarker)
            ? pid
            : null;
    }

    private async Task StopStaleInstanceAsync()
    {
        if (RunningInstance() is { } pid && ProcessTable.Find(pid) is { } stale)
        {
            Options.Log.Line(Name, $"stopping an instance left running by an earlier run (pid {pid})");
            await ProcessGroup.StopAsync(stale.ProcessGroupId, Shutdown.Signal, Shutdown.Grace, mainProcess: pid);
        }

        await AfterStopAsync();
    }
}
