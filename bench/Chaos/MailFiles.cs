using System.Text.RegularExpressions;

namespace APPlatform.Chaos;

/// <summary>An email as the relay accepted it: to whom, and the platform's delivery it carried out.</summary>
public sealed record SentEmail(string To, Guid? DeliveryId);

/// <summary>
/// Reads the mail sink's .eml files directly: its page leaves out the X-APPlatform-Delivery-Id header that ties an
/// email to the notification it tells.
/// </summary>
public static partial class MailFiles
{
    public static List<SentEmail> Read(string directory) =>
        !Directory.Exists(directory) ? [] : [.. Directory.EnumerateFiles(directory, "*.eml").SelectMany(Parse)];

    private static IEnumerable<SentEmail> Parse(string file)
    {
        var headers = File.ReadLines(file).TakeWhile(line => line.Length > 0).ToList();
        var delivery = Header(headers, "X-APPlatform-Delivery-Id") is { } id && Guid.TryParse(id, out var guid) ? guid : (Guid?)null;
        return Address().Matches(Header(headers, "To") ?? "").Select(m => new SentEmail(m.Value.ToLowerInvariant(), delivery));
    }

    /// <summary>A header's value, its folded continuation lines joined.</summary>
    private static string? Header(List<string> headers, string name)
    {
        var at = headers.FindIndex(h => h.StartsWith(name + ":", StringComparison.OrdinalIgnoreCase));
        return at < 0 ? null
            : string.Concat(headers.Skip(at).Take(1).Select(h => h[(name.Length + 1)..])
                .Concat(headers.Skip(at + 1).TakeWhile(h => h.StartsWith(' ') || h.StartsWith('\t')))).Trim();
    }

    [GeneratedRegex(@"[^\s<>,""]+@[^\s<>,""]+")]
    private static partial Regex Address();
}
