namespace APPlatform.AppHost;

/// <summary>The names the services know their servers by (ConnectionStrings__&lt;name&gt;) and tests find resources by.</summary>
public static class ResourceNames
{
    public const string Postgres = "postgres";
    public const string Messaging = "messaging";
    public const string Cache = "cache";
    public const string Mail = "mail";

    /// <summary>RabbitMQ's management HTTP API, with an administrator's credentials: Notification.Service alone gets it.</summary>
    public const string BrokerAdmin = "brokeradmin";

    /// <summary>The project that serves <see cref="Mail"/> unless an existing relay is named.</summary>
    public const string MailSink = "mail-sink";
    public const string Gateway = "gateway";
    public const string Web = "web";

    /// <summary>The servers an existing one can stand in for, through ConnectionStrings__&lt;name&gt;.</summary>
    public static readonly IReadOnlyList<string> Servers = [Postgres, Messaging, BrokerAdmin, Cache, Mail];
}
