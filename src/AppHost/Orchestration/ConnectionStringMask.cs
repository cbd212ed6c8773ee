using System.Text.RegularExpressions;

namespace APPlatform.AppHost.Orchestration;

/// <summary>Connection strings as the status table shows them: passwords hidden.</summary>
internal static partial class ConnectionStringMask
{
    /// <summary>Hides passwords in both forms: key=value pairs (PostgreSQL, Redis) and user:password@ URIs (RabbitMQ).</summary>
    public static string Apply(string connectionString) =>
        UriPassword().Replace(KeyValuePassword().Replace(connectionString, "$1***"), "$1***@");

    [GeneratedRegex("(?i)(password=)[^;,]*")]
    private static partial Regex KeyValuePassword();

    [GeneratedRegex("(://[^:/@]+:)[^@]*@")]
    private static partial Regex UriPassword();
}
