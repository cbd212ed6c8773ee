using System.Runtime.InteropServices;
using APPlatform.AppHost;
using APPlatform.AppHost.Orchestration;

Platform platform;
try
{
    if (CommandLine.Parse(args, Environment.GetEnvironmentVariable) is not { } options)
    {
        Console.WriteLine(CommandLine.Help);
        return 0;
    }

    platform = PlatformModel.Build(options);
}
catch (ArgumentException exception)
{
    Console.Error.WriteLine(exception.Message);
    return 2;
}

// Ctrl+C and SIGTERM stop the platform in order instead of killing the AppHost and orphaning its children.
using var stopping = new CancellationTokenSource();
using var onInterrupt = PosixSignalRegistration.Create(PosixSignal.SIGINT, Stop);
using var onTerminate = PosixSignalRegistration.Create(PosixSignal.SIGTERM, Stop);
return await platform.RunAsync(stopping.Token);

void Stop(PosixSignalContext context)
{
    context.Cancel = true;
    stopping.Cancel();
}
