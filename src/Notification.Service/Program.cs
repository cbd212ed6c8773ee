using APPlatform.Notifications;
using APPlatform.ServiceDefaults;

var builder = WebApplication.CreateBuilder(args);
builder.AddServiceDefaults(NotificationServiceExtensions.ServiceName);
builder.AddNotificationServices();

var app = builder.Build();
app.UseServiceDefaults();
app.UseRateLimiter(); // after authentication: replays are limited per organisation
app.MapNotificationApis();
app.Run();
