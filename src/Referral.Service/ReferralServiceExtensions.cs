using APPlatform.ServiceDefaults.Authentication;
using APPlatform.Referrals.Apis;
using APPlatform.Referrals.Checks;
using APPlatform.Referrals.Deadlines;
using APPlatform.Referrals.Infrastructure;
using APPlatform.Referrals.IntegrationEvents;
using APPlatform.Referrals.Model.Placements;
using APPlatform.Referrals.Model.Rules;
using APPlatform.Referrals.Policies;
using APPlatform.ServiceDefaults.AccessLog;
using APPlatform.ServiceDefaults.Caching;
using APPlatform.ServiceDefaults.Health;
using APPlatform.ServiceDefaults.Messaging;
using APPlatform.ServiceDefaults.OpenApi;
using APPlatform.ServiceDefaults.Persistence;
using APPlatform.ServiceDefaults.Scheduling;
using Microsoft.Extensions.Diagnostics.HealthChecks;
using Microsoft.Extensions.Options;

namespace APPlatform.Referrals;

public static class ReferralServiceExtensions
{
    public const string ServiceName = "referral";
    public const string DatabaseName = "referraldb";

    public static IHostApplicationBuilder AddReferralServices(this IHostApplicationBuilder builder)
    {
        if (builder.Configuration.GetSection(ReferralOptions.RemovedDefaultCalendarSetting).Exists())
        {
            throw new InvalidOperationException(
                $"{ReferralOptions.RemovedDefaultCalendarSetting} is no longer read: a school without its own calendar is counted in " +
                "England's typical school year, computed for every year (EnglandSchoolYear). A school with other dates sets them with " +
                "PUT /api/referrals/school-calendar.");
        }

        builder.AddServiceDatabase<ReferralDbContext>(DatabaseName);
        builder.AddMessaging<ReferralDbContext>(ServiceName, bus =>
        {
            bus.AddConsumer<DirectoryConsumers>();
            bus.AddConsumer<AttendanceConsumers>();
        });
        builder.AddCache();
        builder.AddDeadlines<ReferralDbContext>();
        builder.AddAccessLog<ReferralDbContext>();
        builder.Services.AddReferralRetention();

        // Here, not in ServiceDefaults: the validation source generator only covers the assembly that calls this.
        builder.Services.AddValidation();
        // Here too for the XML comment generator: the document's descriptions come from this assembly's doc comments.
        builder.Services.AddOpenApi(ServiceName, openApi => openApi.AddPlatformTransformers());

        builder.Services.AddOptions<ReferralOptions>().Bind(builder.Configuration.GetSection(ReferralOptions.SectionName))
            .Validate(options => options.FullTimeHoursPerWeek > 0, $"{ReferralOptions.SectionName}:FullTimeHoursPerWeek must be more than 0.")
            .ValidateOnStart();
        builder.Services.AddSingleton(services =>
            new FullTimeEducation(services.GetRequiredService<IOptions<ReferralOptions>>().Value.FullTimeHoursPerWeek));
        builder.Services.AddSingleton(services =>
            new AgreementReviewCadence(services.GetRequiredService<IOptions<ReferralOptions>>().Value.MaxReviewEveryWeeks));
        builder.Services.AddScoped<SchoolPolicies>();
        builder.Services.AddSingleton<SchoolCalendarGaps>();
        builder.Services.AddHealthChecks().AddCheck<SchoolCalendarHealthCheck>(
            SchoolCalendarHealthCheck.Name, failureStatus: HealthStatus.Degraded, tags: [HealthTags.Advisory]);
        builder.Services.AddScoped<PrePlacementChecks>();
        builder.Services.AddScoped<Monitoring>();
        builder.Services.AddDeadlineHandler<AgreementReviewDeadline>();
        builder.Services.AddDeadlineHandler<ProviderReportDeadline>();
        builder.Services.AddDeadlineHandler<DaySixDuty>();
        return builder;
    }

    public static WebApplication MapReferralApis(this WebApplication app)
    {
        // The service checks the scope itself: the gateway is not its only way in.
        var api = app.MapGroup("").RequireScope(PlatformScopes.Referrals);
        api.MapPoliciesApi();
        api.MapSuspensionsApi();
        api.MapDaySixCasesApi();
        api.MapPupilsApi();
        api.MapSubjectAccessApi();
        api.MapReferralsApi();
        api.MapPlacementsApi();
        api.MapSchoolCensusApi();
        api.MapTrustReportApi();
        api.MapMonitoringApi();
        api.MapProviderBriefingApi();
        api.MapMonitoringDueApi();
        api.MapAccessLogApi<ReferralDbContext>("/api/referrals/access-log");
        app.MapParentLettersApi();
        return app;
    }
}
