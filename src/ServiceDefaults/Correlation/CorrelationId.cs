using MassTransit;
using Microsoft.Extensions.Logging;

namespace APPlatform.ServiceDefaults.Correlation;

/// <summary>
/// The id that ties together everything one user action caused: the gateway assigns it (or accepts the caller's),
/// HTTP calls and messages carry it in a header, and every log line written while handling it includes it.
/// </summary>
public static class CorrelationId
{
    public const string HeaderName = "X-Correlation-Id";
    private const int MaxLength = 64;

    private static readonly AsyncLocal<string?> current = new();

    /// <summary>The correlation id of the request or message being handled on this async flow, if any.</summary>
    public static string? Current
    {
        get => current.Value;
        set => current.Value = value;
    }

    public static string New() => Guid.NewGuid().ToString("N");

    /// <summary>The id a caller sent, or a new one when it sent none or one not <see cref="IsAcceptable"/>.</summary>
    public static string SentOrNew(string? sent) => IsAcceptable(sent) ? sent! : New();

    /// <summary>The id a message carries, or a new one.</summary>
    public static string Of(ConsumeContext message) => SentOrNew(message.Headers.Get<string>(HeaderName));

    /// <summary>
    /// Accepts what a caller sent only if it is short and plain, so a header cannot inject text into logs.
    /// </summary>
    public static bool IsAcceptable(string? value) =>
        !string.IsNullOrEmpty(value) && value.Length <= MaxLength && value.All(c => char.IsAsciiLetterOrDigit(c) || c is '-' or '_' or '.');

    /// <summary>Opens the log scope that puts the id on every line written inside it ("CorrelationId:abc" on the console).</summary>
    public static IDisposable? BeginLogScope(this ILogger logger, string id) => logger.BeginScope("CorrelationId:{CorrelationId}", id);
}
