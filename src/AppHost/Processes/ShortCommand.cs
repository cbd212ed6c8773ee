using System.Diagnostics;

namespace APPlatform.AppHost.Processes;

/// <summary>A command that runs to completion (initdb, chown, epmd -kill), its output returned.</summary>
public static class ShortCommand
{
    public static async Task<string> RunAsync(string fileName, IEnumerable<string> arguments, bool checkExitCode = true)
    {
        var start = new ProcessStartInfo(fileName) { RedirectStandardOutput = true, RedirectStandardError = true };
        foreach (var argument in arguments)
        {
            start.ArgumentList.Add(argument);
        }

        using var process = Process.Start(start)!;
        var output = process.StandardOutput.ReadToEndAsync();
        var errors = process.StandardError.ReadToEndAsync();
        await process.WaitForExitAsync();
        var all = await output + await errors;
        if (checkExitCode && process.ExitCode != 0)
        {
            throw new InvalidOperationException($"{fileName} {string.Join(' ', arguments)} failed with exit code {process.ExitCode}: {all}");
        }

        return all;
    }
}
