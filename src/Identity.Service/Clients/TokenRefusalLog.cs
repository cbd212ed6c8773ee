namespace APPlatform.Identity.Clients;

/// <summary>
/// A refused token request, for whoever watches for guessing: which client id was tried and from where. The secret
/// tried is never logged (a mistyped secret is often a real one, one character off).
/// </summary>
internal static partial class TokenRefusalLog
{
    [LoggerMessage(EventId = 1, Level = LogLevel.Warning,
        Message = "Token refused ({Error}) for client {ClientId} from {RemoteAddress}")]
    public static partial void Refused(this ILogger logger, string error, string? clientId, string? remoteAddress);
}
