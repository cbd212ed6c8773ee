using APPlatform.Gateway;
using APPlatform.ServiceDefaults;

var builder = WebApplication.CreateBuilder(args);
builder.AddServiceDefaults(GatewayExtensions.ServiceName);
builder.AddGateway();

var app = builder.Build();
app.UseServiceDefaults();
app.UseGateway();
app.Run();
