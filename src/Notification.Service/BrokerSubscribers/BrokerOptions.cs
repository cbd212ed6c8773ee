namespace APPlatform.Notifications.BrokerSubscribers;

/// <summary>Where local authorities' broker subscribers connect, and how their virtual hosts and users are made.</summary>
public sealed class BrokerOptions
{
    public const string SectionName = "Notification:Broker";

    /// <summary>
    /// The connection string (ConnectionStrings:brokeradmin) of RabbitMQ's management HTTP API, with an administrator's
    /// credentials: http://user:password@host:15672. Without it broker subscriptions are refused (503).
    /// </summary>
    public const string AdminConnectionName = "brokeradmin";

    /// <summary>
    /// The broker as subscribers reach it, e.g. amqps://broker.applatform.example:5671; unset, the host and port the
    /// services use (ConnectionStrings:messaging), which suits development only.
    /// </summary>
    public string? Address { get; set; }
}
