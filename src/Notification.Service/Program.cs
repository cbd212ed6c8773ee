using APPlatform.Notifications;
using APPlatform.Notifications.Apis;
using APPlatform.ServiceDefaults;

var builder = WebApplication.CreateBuilder(args);
builder.AddServiceDefaults(NotificationServiceExtensions.ServiceName);
builder.AddNotificationServices();

var app = builder.Build();
app.UseServiceDefaults();
app.UseRateLimiter(); // after authentication: replays are limited per organisation
app.MapEventsApi();
app.MapInboxApi();
app.MapSettingsApi();
app.MapSubscriptionsApi();
app.MapDeliveriesApi();
app.Run();
