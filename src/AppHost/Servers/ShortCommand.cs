using System.Diagnostics;

namespace APPlatform.AppHost.Servers;

/// <summary>A command that runs to completion while a server is prepared (initdb, chown).</summary>
internal static class ShortCommand
{
    /// <summary>Runs <paramref name="line"/>; throws with its output when it fails.</summary>
    public static void Run(params string[] line)
    {
        var start = new ProcessStartInfo(line[0]) { RedirectStandardOutput = true, RedirectStandardError = true };
        foreach (var argument in line[1..])
        {
            start.ArgumentList.Add(argument);
        }

        using var process = Process.Start(start)!;
        var errors = process.StandardError.ReadToEndAsync();
        var output = process.StandardOutput.ReadToEnd();
        process.WaitForExit();
        if (process.ExitCode != 0)
        {
            throw new InvalidOperationException($"{string.Join(' ', line)} failed with exit code {process.ExitCode}: {output}{errors.Result}");
        }
    }
}
