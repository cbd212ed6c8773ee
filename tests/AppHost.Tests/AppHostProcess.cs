using System.Diagnostics;
using APPlatform.TestSupport;

namespace APPlatform.AppHost.Tests;

/// <summary>
/// The AppHost executable run as ./run.sh runs it: from src/AppHost, in Development, with the dashboard (on free ports
/// here, with a known API key for its telemetry API), starting its own servers whatever ./test.sh has set.
/// </summary>
public sealed class AppHostProcess : IAsyncDisposable
{
    private readonly Process process;
    private readonly List<string> output = [];

    private AppHostProcess(IEnumerable<string> args)
    {
        var appHost = Path.Combine(Repository.Root, "src", "AppHost");
        // env --default-signal: SIGINT must reach it as from a terminal, even where the test run ignores SIGINT (a
        // background job), which the AppHost would otherwise inherit.
        var start = new ProcessStartInfo("env")
        {
            ArgumentList = { "--default-signal=INT", "dotnet", Path.Combine(appHost, "bin", Repository.Configuration, "net10.0", "AppHost.dll") },
            WorkingDirectory = appHost,
            RedirectStandardOutput = true,
            RedirectStandardError = true,
        };
        foreach (var arg in args)
        {
            start.ArgumentList.Add(arg);
        }

        start.Environment["DOTNET_ENVIRONMENT"] = "Development";
        start.Environment["ASPIRE_ALLOW_UNSECURED_TRANSPORT"] = "true";
        foreach (var (key, value) in Dashboard.AppHostSettings)
        {
            start.Environment[key.Replace(":", "__", StringComparison.Ordinal)] = value;
        }
        foreach (var server in ResourceNames.Servers)
        {
            start.Environment.Remove($"ConnectionStrings__{server}");
        }

        process = new Process { StartInfo = start };
        process.OutputDataReceived += (_, e) => Record(e.Data);
        process.ErrorDataReceived += (_, e) => Record(e.Data);
    }

    public int Id => process.Id;

    public DashboardTelemetry Dashboard { get; } = new();

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

    public static AppHostProcess Start(params string[] args)
    {
        var appHost = new AppHostProcess(args);
        appHost.process.Start();
        appHost.process.BeginOutputReadLine();
        appHost.process.BeginErrorReadLine();
        return appHost;
    }

    /// <summary>Waits for a line of its output that <paramref name="matches"/>, failing with the whole output if it exits or times out first.</summary>
    public async Task<string> WaitForLineAsync(Func<string, bool> matches, TimeSpan timeout)
    {
        var elapsed = Stopwatch.StartNew();
        while (true)
        {
            if (Output.FirstOrDefault(matches) is { } line)
            {
                return line;
            }

            if (process.HasExited || elapsed.Elapsed > timeout)
            {
                Assert.Fail($"The AppHost {(process.HasExited ? "exited" : $"did not say so within {timeout}")}:{Environment.NewLine}{string.Join(Environment.NewLine, Output)}");
            }

            await Task.Delay(200);
        }
    }

    /// <summary>What a Ctrl+C in the terminal sends it.</summary>
    public void Interrupt() => Process.Start("kill", ["-INT", Id.ToString()])!.WaitForExit();

    public async Task<int> WaitForExitAsync(TimeSpan timeout)
    {
        await process.WaitForExitAsync().WaitAsync(timeout);
        return process.ExitCode;
    }

    public async ValueTask DisposeAsync()
    {
        if (!process.HasExited)
        {
            process.Kill();
            await process.WaitForExitAsync();
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
