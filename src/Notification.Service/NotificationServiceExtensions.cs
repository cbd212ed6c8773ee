using APPlatform.Notifications.Infrastructure;
using APPlatform.Notifications.IntegrationEvents;
using APPlatform.ServiceDefaults.Caching;
using APPlatform.ServiceDefaults.Messaging;
using APPlatform.ServiceDefaults.Persistence;

namespace APPlatform.Notifications;

public static class NotificationServiceExtensions
{
    public const string ServiceName = "notification";
    public const string DatabaseName = "notificationdb";

    public static IHostApplicationBuilder AddNotificationServices(this IHostApplicationBuilder builder)
    {
        builder.AddServiceDatabase<NotificationDbContext>(DatabaseName);
        builder.AddMessaging<NotificationDbContext>(ServiceName, bus => bus.AddEventLogConsumers());
        builder.AddCache();

        // Here, not in ServiceDefaults: the validation source generator only covers the assembly that calls this.
        builder.Services.AddValidation();
        return builder;
    }
}
