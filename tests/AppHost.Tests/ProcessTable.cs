namespace APPlatform.AppHost.Tests;

/// <summary>Reads /proc to see which processes are alive, as `ps` would.</summary>
internal static class ProcessTable
{
    /// <summary>Command lines of live (not zombie) processes whose command line or environment mentions <paramref name="text"/>.</summary>
    public static IReadOnlyList<string> Mentioning(string text) =>
        Directory.GetDirectories("/proc")
            .Where(dir => int.TryParse(Path.GetFileName(dir), out _))
            .Select(dir => (CommandLine: Read(Path.Combine(dir, "cmdline")), Environment: Read(Path.Combine(dir, "environ")), State: Read(Path.Combine(dir, "stat"))))
            .Where(p => p.CommandLine.Length > 0 && !p.State.Contains(") Z ") && (p.CommandLine.Contains(text) || p.Environment.Contains(text)))
            .Select(p => p.CommandLine)
            .ToList();

    /// <summary>The file with its NUL separators (between arguments, between variables) read as spaces.</summary>
    private static string Read(string path)
    {
        try
        {
            return File.ReadAllText(path).Replace('\0', ' ').Trim();
        }
        catch (IOException)
        {
            return "";
        }
        catch (UnauthorizedAccessException)
        {
            return "";
        }
    }
}
