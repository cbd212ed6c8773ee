using APPlatform.ProviderDirectory;
using APPlatform.ProviderDirectory.Apis;
using APPlatform.ServiceDefaults;

var builder = WebApplication.CreateBuilder(args);
builder.AddServiceDefaults(DirectoryServiceExtensions.ServiceName);
builder.AddDirectoryServices();

var app = builder.Build();
app.UseServiceDefaults();
app.MapProvidersApi();
app.Run();
