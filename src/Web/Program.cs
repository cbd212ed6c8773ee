using APPlatform.ServiceDefaults;
using APPlatform.Web;

var builder = WebApplication.CreateBuilder(args);
builder.AddHostingDefaults(WebExtensions.ServiceName);
builder.AddWebApplication();

var app = builder.Build();
app.UseHostingDefaults();
app.UseWebApplication();
app.Run();
