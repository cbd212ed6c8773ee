using APPlatform.Notifications;
using APPlatform.ServiceDefaults;
using APPlatform.ServiceDefaults.Persistence;

var builder = WebApplication.CreateBuilder(args);
builder.AddServiceDefaults(NotificationServiceExtensions.ServiceName);
builder.AddNotificationServices();

var app = builder.Build();
app.UseServiceDefaults();
app.UseRateLimiter(); // after authentication: replays are limited per organisation
app.MapNotificationApis();
return await app.RunOrMigrateAsync();
