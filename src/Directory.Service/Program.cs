using APPlatform.ProviderDirectory;
using APPlatform.ServiceDefaults;
using APPlatform.ServiceDefaults.Persistence;

var builder = WebApplication.CreateBuilder(args);
builder.AddServiceDefaults(DirectoryServiceExtensions.ServiceName);
builder.AddDirectoryServices();

var app = builder.Build();
app.UseServiceDefaults();
app.MapDirectoryApis();
return await app.RunOrMigrateAsync();
