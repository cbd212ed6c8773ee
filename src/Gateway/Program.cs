using APPlatform.Gateway;
using APPlatform.Gateway.Tokens;
using APPlatform.ServiceDefaults;

// `dotnet Gateway.dll hash-secret <secret>` prints the hash to store in Gateway:Clients:<id>:SecretHash.
if (args is ["hash-secret", var secret])
{
    Console.WriteLine(ClientSecretHasher.Hash(secret));
    return;
}

var builder = WebApplication.CreateBuilder(args);
builder.AddServiceDefaults(GatewayExtensions.ServiceName);
builder.AddGateway();

var app = builder.Build();
app.UseServiceDefaults();
app.UseGateway();
app.Run();
