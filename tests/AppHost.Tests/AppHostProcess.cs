using System.Diagnostics;
using APPlatform.AppHost.Orchestration;
using APPlatform.AppHost.Processes;

namespace APPlatform.AppHost.Tests;

/// <summary>The AppHost executable itself, as ./run.sh runs it, starting only the servers (--servers-only) on free ports.</summary>
internal sealed class AppHostProcess : IAsyncDisposable
{
    private static readonly TimeSpan StartTimeout = TimeSpan.FromSeconds(60);
    private readonly Process process;
    private readonly List<string> output = [];
    private readonly string envFile;

    private AppHostProcess(string dataDirectory)
    {
        envFile = Path.Combine(dataDirectory, "servers.env");
        var start = new ProcessStartInfo("dotnet")
        {
            ArgumentList = { typeof(Platform).Assembly.Location, "--servers-only", "--free-ports", "--data-dir", dataDirectory, "--env-file", envFile },
            RedirectStandardOutput = true,
            RedirectStandardError = true,
        };

        // ./test.sh runs the tests with its own servers' connection strings set: this AppHost must start its own.
        foreach (var server in PlatformModel.Servers)
        {
            start.Environment.Remove($"ConnectionStrings__{server}");
        }

        process = new Process { StartInfo = start };
        process.OutputDataReceived += (_, e) => Record(e.Data);
        process.ErrorDataReceived += (_, e) => Record(e.Data);
    }

    public int Id => process.Id;

    public IReadOnlyList<string> Output
    {
        get
        {
            lock (output)
            {
                return [.. output];
            }
        }
    }

    /// <summary>Starts it and returns once it has written the servers' connection strings: everything is healthy.</summary>
    public static async Task<AppHostProcess> StartAsync(string dataDirectory)
    {
        var apphost = new AppHostProcess(dataDirectory);
        apphost.process.Start();
        apphost.process.BeginOutputReadLine();
        apphost.process.BeginErrorReadLine();

        var elapsed = Stopwatch.StartNew();
        while (!File.Exists(apphost.envFile))
        {
            if (apphost.process.HasExited || elapsed.Elapsed > StartTimeout)
            {
                Assert.Fail($"The AppHost did not start its servers:{Environment.NewLine}{string.Join(Environment.NewLine, apphost.Output)}");
            }

            await Task.Delay(100);
        }

        return apphost;
    }

    public async Task<int> WaitForExitAsync(TimeSpan timeout)
    {
        await process.WaitForExitAsync().WaitAsync(timeout);
        return process.ExitCode;
    }

    public async ValueTask DisposeAsync()
    {
        if (!process.HasExited)
        {
            Signals.Send(process.Id, Signals.SigTerm);
            await process.WaitForExitAsync().WaitAsync(TimeSpan.FromSeconds(20));
        }

        process.Dispose();
    }

    private void Record(string? line)
    {
        if (line is not null)
        {
            lock (output)
            {
                output.Add(line);
            }
        }
    }
}
