using APPlatform.Referrals.Infrastructure;
using APPlatform.ServiceDefaults.Caching;
using APPlatform.ServiceDefaults.Messaging;
using APPlatform.ServiceDefaults.Persistence;

namespace APPlatform.Referrals;

public static class ReferralServiceExtensions
{
    public const string ServiceName = "referral";
    public const string DatabaseName = "referraldb";

    public static IHostApplicationBuilder AddReferralServices(this IHostApplicationBuilder builder)
    {
        builder.AddServiceDatabase<ReferralDbContext>(DatabaseName);
        builder.AddMessaging<ReferralDbContext>(ServiceName);
        builder.AddCache();

        // Here, not in ServiceDefaults: the validation source generator only covers the assembly that calls this.
        builder.Services.AddValidation();
        return builder;
    }
}
