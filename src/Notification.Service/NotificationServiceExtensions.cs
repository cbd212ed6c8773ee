using APPlatform.Notifications.Apis;
using APPlatform.Notifications.BrokerSubscribers;
using APPlatform.Notifications.Infrastructure;
using APPlatform.Notifications.IntegrationEvents;
using APPlatform.Notifications.Letters;
using APPlatform.Notifications.Rules;
using APPlatform.Notifications.Sending;
using APPlatform.Notifications.Webhooks;
using APPlatform.ServiceDefaults.Authentication;
using APPlatform.ServiceDefaults.Caching;
using APPlatform.ServiceDefaults.Mail;
using APPlatform.ServiceDefaults.Messaging;
using APPlatform.ServiceDefaults.OpenApi;
using APPlatform.ServiceDefaults.Persistence;
using APPlatform.ServiceDefaults.Scheduling;

namespace APPlatform.Notifications;

public static class NotificationServiceExtensions
{
    public const string ServiceName = "notification";
    public const string DatabaseName = "notificationdb";

    public static IHostApplicationBuilder AddNotificationServices(this IHostApplicationBuilder builder)
    {
        builder.AddServiceDatabase<NotificationDbContext>(DatabaseName);
        builder.AddMessaging<NotificationDbContext>(ServiceName, bus => bus.AddReceivedEventConsumers());
        builder.AddCache();
        builder.AddDeadlines<NotificationDbContext>();

        // Here, not in ServiceDefaults: the validation source generator only covers the assembly that calls this.
        builder.Services.AddValidation();
        // Here too for the XML comment generator: the document's descriptions come from this assembly's doc comments.
        builder.Services.AddOpenApi(ServiceName, openApi => openApi.AddPlatformTransformers());

        builder.Services.Configure<DeliveryOptions>(options => options.AllowLocalReceivers = builder.Environment.IsDevelopment())
            .Configure<DeliveryOptions>(builder.Configuration.GetSection(DeliveryOptions.SectionName));
        builder.Services.AddScoped<NotificationPlanner>();
        builder.Services.AddNotificationRetention();
        builder.Services.AddSingleton<MailRelay>().AddSingleton<EmailSender>();
        builder.Services.AddOptions<WebhookOptions>().BindConfiguration(WebhookOptions.SectionName)
            .Validate(options => SecretCipher.IsValidKey(options.SecretKey), SecretCipher.MissingKey).ValidateOnStart();
        builder.Services.AddSingleton<SecretCipher>();
        builder.Services.AddHostedService<PlainSecretEncryption>();
        builder.Services.AddReplayRateLimiting();
        builder.Services.AddSingleton<WebhookSender>();
        builder.Services.Configure<BrokerOptions>(builder.Configuration.GetSection(BrokerOptions.SectionName));
        builder.Services.AddSingleton<BrokerAccounts>();
        builder.Services.AddSingleton<BrokerRelay>();
        builder.Services.AddDeadlineHandler<DeliveryAttempts>();
        builder.Services.Configure<TokenClientOptions>(builder.Configuration.GetSection(TokenClientOptions.SectionName));
        builder.Services.AddSingleton<LetterTokens>();
        builder.Services.AddDeadlineHandler<ParentLetters>();
        return builder;
    }

    public static WebApplication MapNotificationApis(this WebApplication app)
    {
        // The service checks the scope itself: the gateway is not its only way in.
        var api = app.MapGroup("").RequireScope(PlatformScopes.Notifications);
        api.MapEventsApi();
        api.MapEventTypesApi();
        api.MapAsyncApi();
        api.MapInboxApi();
        api.MapSettingsApi();
        api.MapSubscriptionsApi();
        api.MapBrokerSubscriptionsApi();
        api.MapDeliveriesApi();
        return app;
    }
}
