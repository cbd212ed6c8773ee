using APPlatform.Notifications;
using APPlatform.ServiceDefaults;

var builder = WebApplication.CreateBuilder(args);
builder.AddServiceDefaults(NotificationServiceExtensions.ServiceName);
builder.AddNotificationServices();

var app = builder.Build();
app.UseServiceDefaults();
app.MapNotificationApis();
app.Run();
