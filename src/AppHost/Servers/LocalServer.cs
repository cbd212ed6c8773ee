using System.Diagnostics;
using APPlatform.AppHost.Processes;

namespace APPlatform.AppHost.Servers;

/// <summary>
/// What the three launchers share: a data directory kept between runs, the server as a child process in its own
/// process group, a readiness probe, and a pid file so an instance orphaned by a crashed AppHost is stopped before the
/// next start instead of holding the port and the data.
/// </summary>
public abstract class LocalServer(string name, LocalServerOptions options) : ILocalServer
{
    private static readonly TimeSpan StartTimeout = TimeSpan.FromSeconds(90);
    private ChildProcess? process;

    public string Name { get; } = name;

    public abstract string ConnectionString { get; }

    protected LocalServerOptions Options { get; } = options;

    /// <summary>How the server is asked to stop (PostgreSQL: SIGINT, a fast shutdown), and how long it is given.</summary>
    protected virtual (int Signal, TimeSpan Grace) Shutdown => (Signals.SigTerm, TimeSpan.FromSeconds(5));

    /// <summary>A word the group leader's command line contains, so a recycled pid is never mistaken for ours.</summary>
    protected abstract string ProcessMarker { get; }

    private string PidFile => Path.Combine(Options.DataDirectory, "apphost.pid");

    public async Task StartAsync(CancellationToken cancellationToken)
    {
        if (process is { HasExited: false })
        {
            return;
        }

        Directory.CreateDirectory(Options.DataDirectory);
        await StopStaleInstanceAsync();
        await PrepareAsync(cancellationToken);

        var (fileName, arguments, environment) = Command();
        process = ChildProcess.Start(Name, fileName, arguments, Options.Log, environment);
        await File.WriteAllTextAsync(PidFile, process.ProcessGroupId.ToString(), cancellationToken);
        await WaitUntilReadyAsync(process, cancellationToken);
    }

    public async Task StopAsync()
    {
        if (process is null)
        {
            return;
        }

        await process.StopAsync(Shutdown.Signal, Shutdown.Grace);
        await process.DisposeAsync();
        process = null;
        File.Delete(PidFile);
        await AfterStopAsync();
    }

    public async ValueTask DisposeAsync()
    {
        await StopAsync();
        GC.SuppressFinalize(this);
    }

    /// <summary>First-run set-up (initdb, directories, ownership); runs before every start and must be idempotent.</summary>
    protected abstract Task PrepareAsync(CancellationToken cancellationToken);

    protected abstract (string FileName, IEnumerable<string> Arguments, IReadOnlyDictionary<string, string>? Environment) Command();

    protected abstract Task<bool> IsReadyAsync(CancellationToken cancellationToken);

    /// <summary>Clean-up of anything the server leaves outside its process group (RabbitMQ's epmd).</summary>
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

    private async Task StopStaleInstanceAsync()
    {
        if (!File.Exists(PidFile) || !int.TryParse(await File.ReadAllTextAsync(PidFile), out var processGroupId))
        {
            return;
        }

        var commandLine = Path.Combine("/proc", processGroupId.ToString(), "cmdline");
        if (Signals.GroupIsAlive(processGroupId) && File.Exists(commandLine) && (await File.ReadAllTextAsync(commandLine)).Contains(ProcessMarker))
        {
            Options.Log.Line(Name, $"stopping an instance left running by an earlier run (process group {processGroupId})");
            await ChildProcess.StopGroupAsync(processGroupId, Shutdown.Signal, Shutdown.Grace);
        }

        File.Delete(PidFile);
        await AfterStopAsync();
    }
}
