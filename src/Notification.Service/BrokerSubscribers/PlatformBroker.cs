using APPlatform.ServiceDefaults.Messaging;

namespace APPlatform.Notifications.BrokerSubscribers;

/// <summary>The broker the services use (ConnectionStrings:messaging): its user relays into subscribers' virtual hosts.</summary>
internal static class PlatformBroker
{
    public static Uri Uri(IConfiguration configuration) =>
        new(configuration.GetConnectionString(MessagingOptions.ConnectionName)
            ?? throw new InvalidOperationException($"ConnectionStrings:{MessagingOptions.ConnectionName} (the RabbitMQ broker) is not set."));

    /// <summary>The broker as subscribers reach it, without the platform's credentials: configured, or the services' own address.</summary>
    public static Uri SubscriberAddress(IConfiguration configuration, BrokerOptions options) =>
        options.Address is { Length: > 0 } address
            ? new Uri(address)
            : new UriBuilder(Uri(configuration)) { UserName = "", Password = "", Path = "" }.Uri;
}
