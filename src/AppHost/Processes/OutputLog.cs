namespace APPlatform.AppHost.Processes;

/// <summary>
/// Where the AppHost and its children write: each line prefixed with its source's name ([directory-0]), coloured per
/// source on a terminal. Tests pass their own sink.
/// </summary>
public sealed class OutputLog(Action<string> write, bool colour)
{
    private const string Reset = "\u001b[0m";
    private static readonly string[] palette = ["\u001b[36m", "\u001b[33m", "\u001b[35m", "\u001b[32m", "\u001b[34m", "\u001b[96m", "\u001b[93m", "\u001b[95m"];
    private readonly Dictionary<string, string> colours = [];
    private readonly Lock gate = new();

    public static OutputLog Console { get; } = new(System.Console.WriteLine, colour: !System.Console.IsOutputRedirected);

    public void Line(string source, string text)
    {
        lock (gate)
        {
            if (!colour)
            {
                write($"[{source}] {text}");
                return;
            }

            if (!colours.TryGetValue(source, out var code))
            {
                code = colours[source] = palette[colours.Count % palette.Length];
            }

            write($"{code}[{source}]{Reset} {text}");
        }
    }

    /// <summary>A line of the AppHost's own.</summary>
    public void Info(string text) => Line("apphost", text);

    /// <summary>A block that stands on its own, unprefixed (the status table).</summary>
    public void Print(string text)
    {
        lock (gate)
        {
            write(text);
        }
    }
}
