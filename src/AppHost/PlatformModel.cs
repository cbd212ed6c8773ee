using APPlatform.AppHost.Orchestration;

namespace APPlatform.AppHost;

/// <summary>
/// APPlatform as the AppHost runs it: the one place that says which servers, databases, services and gateway make up
/// the system and what each needs (an Aspire AppHost's Program.cs). ./run.sh and the end-to-end tests both start it from here.
/// </summary>
public static class PlatformModel
{
    public const string Postgres = "postgres";
    public const string Messaging = "messaging";
    public const string Cache = "cache";
    public const string Mail = "mail";
    public const string Gateway = "gateway";

    /// <summary>The servers an existing one can stand in for, through ConnectionStrings__&lt;name&gt;.</summary>
    public static readonly IReadOnlyList<string> Servers = [Postgres, Messaging, Cache, Mail];

    public static Platform Build(PlatformOptions options)
    {
        var builder = Platform.CreateBuilder(options);

        var postgres = builder.AddPostgres(Postgres, options.PostgresPort);
        var messaging = builder.AddRabbitMQ(Messaging, options.MessagingPort);
        var cache = builder.AddRedis(Cache, options.CachePort);
        var mail = builder.AddMailSink(Mail, options.MailPort, options.MailWebPort);
        if (options.ServersOnly)
        {
            return builder.Build();
        }

        DatabaseResource Database(string name) => postgres.AddDatabase(name, name + options.DatabaseSuffix);
        var directorydb = Database("directorydb");
        var referraldb = Database("referraldb");
        var attendancedb = Database("attendancedb");
        var notificationdb = Database("notificationdb");

        ExecutableResource Service(string name, string project, DatabaseResource database) => builder.AddProject(name, project)
            .WithReference(database)
            .WithReference(messaging)
            .WithReference(cache);

        // A service starts once those that consume its events are up, so their queues exist before its first event
        // (the directory publishes its demo providers as it starts). Referral's placement events wait for a user, so
        // Attendance may start after it: it asks Referral for pupils' UPNs when a school exports its register.
        var notification = Service("notification", "Notification.Service", notificationdb).WithReference(mail);
        var referral = Service("referral", "Referral.Service", referraldb).WaitFor(notification);
        notification.WithReference(referral, waitFor: false); // fetches the parents' letter once a school has issued it
        var attendance = Service("attendance", "Attendance.Service", attendancedb).WithReference(referral);
        var directory = Service("directory", "Directory.Service", directorydb).WaitFor(notification).WaitFor(referral);

        builder.AddProject(Gateway, "Gateway")
            .WithHttpEndpoint("localhost", options.GatewayPort)
            .WithReference(cache)
            .WithReference(directory)
            .WithReference(referral)
            .WithReference(attendance)
            .WithReference(notification);

        return builder.Build();
    }
}
