using APPlatform.ProviderDirectory;
using APPlatform.ServiceDefaults;

var builder = WebApplication.CreateBuilder(args);
builder.AddServiceDefaults(DirectoryServiceExtensions.ServiceName);
builder.AddDirectoryServices();

var app = builder.Build();
app.UseServiceDefaults();
app.MapDirectoryApis();
app.Run();
