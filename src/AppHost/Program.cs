using System.Diagnostics;
using System.Runtime.InteropServices;
using APPlatform.AppHost;
using APPlatform.AppHost.Orchestration;
using APPlatform.AppHost.Processes;

var started = Stopwatch.StartNew();
var log = OutputLog.Console;
var existingServers = new[] { "postgres", "messaging", "cache" }
    .Select(name => (name, value: Environment.GetEnvironmentVariable($"ConnectionStrings__{name}")))
    .Where(server => !string.IsNullOrEmpty(server.value))
    .ToDictionary(server => server.name, server => server.value!);

PlatformOptions? options;
string? envFile;
try
{
    (options, envFile) = CommandLine.Parse(args, existingServers);
}
catch (ArgumentException exception)
{
    Console.Error.WriteLine(exception.Message);
    return 2;
}

if (options is null)
{
    Console.WriteLine(CommandLine.Help);
    return 0;
}

// Ctrl+C and SIGTERM stop the platform in order instead of killing the AppHost.
using var stopping = new CancellationTokenSource();
using var onInterrupt = PosixSignalRegistration.Create(PosixSignal.SIGINT, Stop);
using var onTerminate = PosixSignalRegistration.Create(PosixSignal.SIGTERM, Stop);

var platform = PlatformModel.Build(options);
try
{
    await platform.StartAsync(stopping.Token);
}
catch (Exception exception) when (exception is not OperationCanceledException)
{
    log.Info($"start-up failed: {exception.Message}");
    return 1;
}
catch (OperationCanceledException)
{
    return 0;
}

Console.WriteLine(StatusTable.Render(platform, started.Elapsed, options.RepositoryRoot));
if (envFile is not null)
{
    // Quoted for a shell to source (./test.sh): PostgreSQL's connection string is full of semicolons.
    await File.WriteAllLinesAsync(envFile, platform.Resources.OfType<ServerResource>().Select(s => $"ConnectionStrings__{s.Name}='{s.ConnectionString}'"));
}

try
{
    await Task.Delay(Timeout.Infinite, stopping.Token);
}
catch (OperationCanceledException)
{
}

log.Info("stopping...");
await platform.StopAsync();
return 0;

void Stop(PosixSignalContext context)
{
    context.Cancel = true;
    stopping.Cancel();
}
