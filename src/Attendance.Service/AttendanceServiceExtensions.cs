using APPlatform.Attendance.Infrastructure;
using APPlatform.Attendance.IntegrationEvents;
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

        // Here, not in ServiceDefaults: the validation source generator only covers the assembly that calls this.
        builder.Services.AddValidation();
        return builder;
    }
}
