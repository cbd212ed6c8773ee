using APPlatform.Identity;
using APPlatform.Identity.Clients;
using APPlatform.ServiceDefaults;
using APPlatform.ServiceDefaults.Persistence;

// `dotnet Identity.Service.dll hash-secret <secret>` prints the hash to store in Identity:Clients:<id>:SecretHash.
if (args is ["hash-secret", var secret])
{
    Console.WriteLine(ClientSecretHasher.Hash(secret));
    return 0;
}

var builder = WebApplication.CreateBuilder(args);
builder.AddServiceDefaults(IdentityServiceExtensions.ServiceName);
builder.AddIdentityServices();

var app = builder.Build();
app.UseServiceDefaults();
app.MapIdentityEndpoints();
return await app.RunOrMigrateAsync();
