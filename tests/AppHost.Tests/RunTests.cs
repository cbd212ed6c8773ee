using System.Net;
using System.Runtime.Versioning;
using APPlatform.TestSupport;

namespace APPlatform.AppHost.Tests;

/// <summary>
/// The AppHost started as ./run.sh --replicas attendance=3 starts it, once for the class, from a checkout under a
/// mode-700 directory (as a clone in /root is): every resource healthy, the servers' data where their accounts reach it,
/// the summary, the replicas behind the gateway, and Ctrl+C (the last test) leaving nothing behind.
/// </summary>
[SupportedOSPlatform("linux")]
[TestCaseOrderer(typeof(DeclarationOrder))]
public sealed class RunTests(RunTests.Running run) : IClassFixture<RunTests.Running>
{
    [Fact]
    public async Task OnceEverythingIsHealthyItSaysHowLongThatTookAndWhereTheGatewayAndTheDashboardAre()
    {
        var healthy = run.AppHost.Output.First(line => line.Contains("Everything healthy"));
        var dashboard = run.Line("Dashboard:");

        Assert.Matches(@"Everything healthy \d+\.\d s after the AppHost started\.", healthy);
        Assert.Equal(HttpStatusCode.OK, (await new HttpClient().GetAsync(new Uri(run.Gateway, "/health"))).StatusCode);
        Assert.StartsWith($"{run.AppHost.Dashboard.Url}login?t=", dashboard.Split(' ', StringSplitOptions.RemoveEmptyEntries)[0]);
        Assert.Contains(run.AppHost.Output, line => line.Contains("demo-school"));
    }

    [Fact]
    public void ACheckoutUnderAModeSevenHundredDirectoryKeepsTheServersDataUnderVarTmpAndSaysWhy()
    {
        Assert.SkipUnless(Environment.IsPrivilegedProcess, "Only root runs the servers as other accounts.");

        Assert.Contains(run.AppHost.Output, line => line.Contains($"The servers keep their data in {run.DataDirectory}, not {run.AskedDataDirectory}"));
        Assert.StartsWith("/var/tmp/applatform-", run.DataDirectory);
        Assert.True(File.Exists(Path.Combine(run.DataDirectory, "postgres", "data", "PG_VERSION")), "PostgreSQL's cluster is kept there");
        Assert.NotEmpty(Directory.EnumerateFileSystemEntries(Path.Combine(run.DataDirectory, "messaging", "mnesia")));
    }

    [Fact]
    public async Task TheGatewaySpreadsRequestsOverEveryAttendanceReplica()
    {
        using var provider = await run.SignInAsync("demo-provider");

        // Many at once, as providers post in the morning: the gateway opens several connections, which DCP's proxy
        // hands to the replicas in turn.
        var answers = await Task.WhenAll(Enumerable.Range(0, 60).Select(_ => provider.GetAsync("/api/attendance/placements")));

        Assert.All(answers, answer => Assert.Equal(HttpStatusCode.OK, answer.StatusCode));
        var replicas = await Eventually.Until(
            () => run.AppHost.Dashboard.ReplicasServingAsync("attendance", "/api/attendance/placements"),
            count => count == 3,
            because: "each of the three attendance replicas should have served some of the requests");
        Assert.Equal(3, replicas);
    }

    [Fact]
    public async Task CtrlCStopsEverythingItStartedAndExitsWithZero()
    {
        var started = ProcessTable.WithDescendants(ProcessTable.Live().Where(process =>
            process.Pid == run.AppHost.Id || ProcessTable.CommandLine(process.Pid).Contains($"--monitor {run.AppHost.Id}")));
        Assert.Contains(started, process => ProcessTable.CommandLine(process.Pid).Contains("beam.smp"));
        Assert.Contains(started, process => ProcessTable.CommandLine(process.Pid).Contains("Attendance.Service"));

        run.AppHost.Interrupt();

        Assert.Equal(0, await run.AppHost.WaitForExitAsync(TimeSpan.FromSeconds(60)));
        for (var wait = 0; wait < 150 && ProcessTable.StillAlive(started).Count > 0; wait++)
        {
            await Task.Delay(100);
        }

        Assert.Empty(ProcessTable.StillAlive(started));
    }

    /// <summary>The AppHost, started once for the class and healthy.</summary>
    public sealed class Running : IAsyncLifetime
    {
        // Mode 700, as /root is: run as root, the postgres and rabbitmq accounts cannot enter it.
        private readonly DirectoryInfo home = Directory.CreateTempSubdirectory("applatform-run-");

        public AppHostProcess AppHost { get; private set; } = null!;

        public string AskedDataDirectory => Path.Combine(home.FullName, "checkout", ".apphost", "data");

        /// <summary>Where the servers' data is: under /var/tmp when run as root.</summary>
        public string DataDirectory => Servers.DataDirectory.Resolve(AskedDataDirectory, home.FullName).Path;

        public Uri Gateway => new(Line("Gateway:"));

        public async ValueTask InitializeAsync()
        {
            home.UnixFileMode = UnixFileMode.UserRead | UnixFileMode.UserWrite | UnixFileMode.UserExecute;
            AppHost = AppHostProcess.Start(
                "--Platform:Replicas:attendance=3", "--Platform:FreePorts=true", $"--Platform:DataDirectory={AskedDataDirectory}");
            await AppHost.WaitForLineAsync(line => line.Contains("Everything healthy"), TimeSpan.FromMinutes(4));
        }

        /// <summary>What the summary says after <paramref name="label"/>.</summary>
        public string Line(string label) =>
            AppHost.Output.First(line => line.TrimStart().StartsWith(label, StringComparison.Ordinal)).Trim()[label.Length..].Trim();

        public Task<HttpClient> SignInAsync(string demoClient) => GatewayClient.SignInAsync(Gateway, demoClient);

        public async ValueTask DisposeAsync()
        {
            await AppHost.DisposeAsync();
            if (Directory.Exists(DataDirectory))
            {
                Directory.Delete(DataDirectory, recursive: true);
            }

            home.Delete(recursive: true);
        }
    }
}
