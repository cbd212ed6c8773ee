using APPlatform.ServiceDefaults.Authentication;
using APPlatform.ProviderDirectory.Apis;
using APPlatform.ProviderDirectory.Csv;
using APPlatform.ProviderDirectory.Deadlines;
using APPlatform.ProviderDirectory.Demo;
using APPlatform.ProviderDirectory.Gias;
using APPlatform.ProviderDirectory.Infrastructure;
using APPlatform.ProviderDirectory.IntegrationEvents;
using APPlatform.ProviderDirectory.Model.Threshold;
using APPlatform.ProviderDirectory.Search;
using APPlatform.ProviderDirectory.Threshold;
using APPlatform.ServiceDefaults.Caching;
using APPlatform.ServiceDefaults.Messaging;
using APPlatform.ServiceDefaults.OpenApi;
using APPlatform.ServiceDefaults.Persistence;
using APPlatform.ServiceDefaults.Scheduling;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;

namespace APPlatform.ProviderDirectory;

public static class DirectoryServiceExtensions
{
    public const string ServiceName = "directory";
    public const string DatabaseName = "directorydb";

    public static IHostApplicationBuilder AddDirectoryServices(this IHostApplicationBuilder builder)
    {
        if (builder.Configuration[RegistrationThresholdOptions.RemovedFullTimeHoursSetting] is not null)
        {
            throw new InvalidOperationException(
                $"{RegistrationThresholdOptions.RemovedFullTimeHoursSetting} is no longer read: full time has one definition, " +
                "Referral:FullTimeHoursPerWeek in Referral.Service, and the directory counts the placements it calls full time. " +
                "Move the setting there.");
        }

        builder.AddServiceDatabase<DirectoryDbContext>(DatabaseName);
        builder.AddMessaging<DirectoryDbContext>(ServiceName, bus =>
        {
            bus.AddConsumer<PlacementStartedConsumer>();
            bus.AddConsumer<PlacementChangedConsumer>();
            bus.AddConsumer<PlacementEndedConsumer>();
        });
        builder.AddCache();
        builder.AddDeadlines<DirectoryDbContext>();

        // Here, not in ServiceDefaults: the validation source generator only covers the assembly that calls this.
        builder.Services.AddValidation();
        // Here too for the XML comment generator: the document's descriptions come from this assembly's doc comments.
        builder.Services.AddOpenApi(ServiceName, openApi => openApi.AddPlatformTransformers());

        var configuration = builder.Configuration;
        builder.Services.Configure<RegistrationThresholdOptions>(configuration.GetSection(RegistrationThresholdOptions.SectionName));
        builder.Services.Configure<DocumentExpiryOptions>(configuration.GetSection(DocumentExpiryOptions.SectionName));
        builder.Services.Configure<AuditOptions>(configuration.GetSection(AuditOptions.SectionName));
        builder.Services.Configure<DemoDirectoryOptions>(configuration.GetSection(DemoDirectoryOptions.SectionName));
        builder.Services.Configure<GiasOptions>(configuration.GetSection(GiasOptions.SectionName));

        builder.Services.AddSingleton(services => new RegistrationThresholdRule(services.GetRequiredService<IOptions<RegistrationThresholdOptions>>().Value));
        builder.Services.AddScoped<RegistrationThresholdWatch>();
        builder.Services.AddScoped<ProviderUpdates>();
        builder.Services.AddScoped<DocumentExpiry>();
        builder.Services.AddScoped<IDeadlineHandler>(services => services.GetRequiredService<DocumentExpiry>());
        builder.Services.AddScoped<AuditRenewal>();
        builder.Services.AddScoped<IDeadlineHandler>(services => services.GetRequiredService<AuditRenewal>());
        builder.Services.AddScoped<GiasRegistrationCheck>();
        builder.Services.AddRecurringDeadline<DirectoryDbContext, GiasDailyCheck>();
        builder.Services.AddHttpClient(nameof(GiasDailyCheck));
        builder.Services.AddScoped<ProviderSearch>();
        builder.Services.AddScoped<DirectoryImport>();
        builder.Services.AddSingleton<SearchCache>();
        builder.Services.AddSingleton<SearchCacheInvalidator>();
        builder.Services.ConfigureDbContext<DirectoryDbContext>((services, db) => db.AddInterceptors(services.GetRequiredService<SearchCacheInvalidator>()), ServiceLifetime.Singleton);
        builder.Services.AddHostedService<DemoDirectory>();
        return builder;
    }

    public static WebApplication MapDirectoryApis(this WebApplication app)
    {
        // The service checks the scope itself: the gateway is not its only way in.
        var api = app.MapGroup("").RequireScope(PlatformScopes.Directory);
        api.MapSearchApi();
        api.MapProvidersApi();
        api.MapListingApi();
        api.MapChangeRequestsApi();
        api.MapAuditsApi();
        api.MapConcernsApi();
        api.MapDirectoryCsvApi();
        api.MapThresholdWatchApi();
        api.MapGiasApi();
        return app;
    }
}
