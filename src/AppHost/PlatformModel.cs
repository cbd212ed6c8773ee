using APPlatform.AppHost.Orchestration;

namespace APPlatform.AppHost;

/// <summary>
/// APPlatform as the AppHost runs it: the one place that says which servers, databases, services and gateway make up
/// the system and what each needs. `./run.sh` and the end-to-end tests both start it from here.
/// </summary>
public static class PlatformModel
{
    public const int DefaultGatewayPort = 5080;

    public static Platform Build(PlatformOptions options)
    {
        var builder = new PlatformBuilder(options);

        var postgres = builder.AddPostgres("postgres", port: 55432);
        var messaging = builder.AddRabbitMQ("messaging", port: 55672);
        var cache = builder.AddRedis("cache", port: 56379);
        if (options.ServersOnly)
        {
            return builder.Build();
        }

        ProjectResource Service(string name, string project, string database) => builder.AddProject(name, project)
            .WithDatabase(postgres, database, database + options.DatabaseSuffix)
            .WithReference(messaging)
            .WithReference(cache);

        var directory = Service("directory", "Directory.Service", "directorydb");
        var referral = Service("referral", "Referral.Service", "referraldb");
        var attendance = Service("attendance", "Attendance.Service", "attendancedb");
        var notification = Service("notification", "Notification.Service", "notificationdb");

        builder.AddProject("gateway", "Gateway")
            .WithHttpEndpoint("localhost", options.GatewayPort)
            .WithReference(cache)
            .WithReference(directory)
            .WithReference(referral)
            .WithReference(attendance)
            .WithReference(notification);

        return builder.Build();
    }
}
