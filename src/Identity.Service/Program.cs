using APPlatform.Identity;
using APPlatform.ServiceDefaults;

var builder = WebApplication.CreateBuilder(args);
builder.AddServiceDefaults(IdentityServiceExtensions.ServiceName);
builder.AddIdentityServices();

var app = builder.Build();
app.UseServiceDefaults();
app.MapIdentityEndpoints();
app.Run();

