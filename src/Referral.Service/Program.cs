using APPlatform.Referrals;
using APPlatform.ServiceDefaults;

var builder = WebApplication.CreateBuilder(args);
builder.AddServiceDefaults(ReferralServiceExtensions.ServiceName);
builder.AddReferralServices();

var app = builder.Build();
app.UseServiceDefaults();
app.MapReferralApis();
app.Run();
