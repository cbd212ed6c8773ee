using APPlatform.Referrals;
using APPlatform.ServiceDefaults;
using APPlatform.ServiceDefaults.Persistence;

var builder = WebApplication.CreateBuilder(args);
builder.AddServiceDefaults(ReferralServiceExtensions.ServiceName);
builder.AddReferralServices();

var app = builder.Build();
app.UseServiceDefaults();
app.MapReferralApis();
return await app.RunOrMigrateAsync();
