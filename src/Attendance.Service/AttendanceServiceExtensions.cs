using APPlatform.ServiceDefaults.Authentication;
using APPlatform.Attendance.Infrastructure;
using APPlatform.Attendance.Apis;
using APPlatform.Attendance.IntegrationEvents;
using APPlatform.Attendance.Registers;
using APPlatform.Attendance.Summaries;
using APPlatform.ServiceDefaults.AccessLog;
using APPlatform.ServiceDefaults.OpenApi;
using APPlatform.ServiceDefaults.Scheduling;
using APPlatform.ServiceDefaults.Caching;
using APPlatform.ServiceDefaults.Messaging;
using APPlatform.ServiceDefaults.Persistence;

namespace APPlatform.Attendance;

public static class AttendanceServiceExtensions
{
    public const string ServiceName = "attendance";
    public const string DatabaseName = "attendancedb";

    public static IHostApplicationBuilder AddAttendanceServices(this IHostApplicationBuilder builder)
    {
        builder.AddServiceDatabase<AttendanceDbContext>(DatabaseName);
        builder.AddMessaging<AttendanceDbContext>(ServiceName, bus => bus.AddConsumer<PlacementConsumers>());
        builder.AddCache();

        builder.AddDeadlines<AttendanceDbContext>();
        builder.AddAccessLog<AttendanceDbContext>();

        // Here, not in ServiceDefaults: the validation source generator only covers the assembly that calls this.
        builder.Services.AddValidation();
        // Here too for the XML comment generator: the document's descriptions come from this assembly's doc comments.
        builder.Services.AddOpenApi(ServiceName, openApi => openApi.AddPlatformTransformers());

        builder.Services.Configure<AttendanceOptions>(builder.Configuration.GetSection(AttendanceOptions.SectionName));
        builder.Services.AddScoped<DailyReturns>();
        builder.Services.AddAttendanceRetention();
        builder.Services.AddScoped<Thresholds>();
        builder.Services.AddScoped<AbsenceFollowUp>();
        builder.Services.AddScoped<IDeadlineHandler>(services => services.GetRequiredService<AbsenceFollowUp>());
        builder.Services.AddRecurringDeadline<AttendanceDbContext, UnexplainedMarks>();
        builder.Services.AddRecurringDeadline<AttendanceDbContext, WeeklyFigures>();
        builder.Services.AddHostedService<RegisterCutoffWatch>();
        builder.Services.AddHttpClient<PupilNumbers>();
        return builder;
    }

    public static WebApplication MapAttendanceApis(this WebApplication app)
    {
        // The service checks the scope itself: the gateway is not its only way in.
        var api = app.MapGroup("").RequireScope(PlatformScopes.Attendance);
        api.MapReturnsApi();
        api.MapCasesApi();
        api.MapAccessLogApi<AttendanceDbContext>("/api/attendance/access-log");
        api.MapSummariesApi();
        api.MapSettingsApi();
        api.MapSubjectAccessApi();
        return app;
    }
}
