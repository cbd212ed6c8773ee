using APPlatform.AppHost;
using APPlatform.AppHost.Servers;

// APPlatform as Aspire runs it: the servers, databases, services and gateway that make up the system, and what each
// needs. ./run.sh runs it; the end-to-end tests start the same model with Aspire.Hosting.Testing.
var options = PlatformOptions.Read(args);
var builder = DistributedApplication.CreateBuilder(new DistributedApplicationOptions { Args = args, DisableDashboard = !options.Dashboard });
var repositoryRoot = Path.GetFullPath(Path.Combine(builder.AppHostDirectory, "..", ".."));

// Ctrl+C returns once everything it started has stopped, not while DCP is still stopping it: a run started straight
// after would otherwise meet the last one's servers on its ports.
builder.Configuration["DcpPublisher:WaitForResourceCleanup"] = "true";
try
{
    var dataDirectory = options.PrepareDataDirectory(repositoryRoot);
    var servers = new PlatformServers(builder, options, dataDirectory);
    var postgres = servers.AddPostgres(ResourceNames.Postgres);
    var (messaging, brokerAdmin) = servers.AddRabbitMQ(ResourceNames.Messaging, ResourceNames.BrokerAdmin);
    var cache = servers.AddRedis(ResourceNames.Cache);
    var mail = servers.AddMailSink(ResourceNames.Mail);

    if (!options.ServersOnly)
    {
        var environment = builder.Environment.EnvironmentName;
        var gatewayPort = options.Port("the gateway", ports => ports.Gateway);
        var tokens = new PlatformTokens(builder, dataDirectory, $"http://localhost:{gatewayPort}/");

        IResourceBuilder<ProjectResource> Service<TProject>(string name, string databaseName)
            where TProject : IProjectMetadata, new()
        {
            var database = postgres.AddDatabase(databaseName);
            return tokens.Verifying(builder.AddProject<TProject>(name))
                .WithHttpEndpoint()
                .WithReplicas(options.ReplicasOf(name))
                .WithReference(database).WaitFor(database)
                .WithReference(messaging).WaitFor(messaging)
                .WithReference(cache).WaitFor(cache)
                .WithPlatformDefaults(environment, tokens.PublicAddress);
        }

        // The directory publishes its demo providers and audits as it starts, so it starts once Notification and
        // Referral, which consume them, are healthy: their queues must exist before its first event. The others
        // start together; Notification and Attendance call Referral only when a user's work asks for it.
        // The key Notification encrypts webhook secrets with at rest: kept with the data, as the secrets it encrypts are.
        var webhookSecretKey = builder.AddParameter("webhook-secret-key",
            SecretFile.ReadOrCreate(Path.Combine(dataDirectory, "webhook-secret-key"), 32, Convert.ToBase64String), secret: true);
        var notification = Service<Projects.Notification_Service>("notification", "notificationdb").WithReference(mail).WaitFor(mail)
            .WithEnvironment("Notification__Webhooks__SecretKey", webhookSecretKey);
        if (brokerAdmin is not null)
        {
            notification.WithReference(brokerAdmin); // makes each broker subscriber's virtual host and user
        }
        var referral = Service<Projects.Referral_Service>("referral", "referraldb");
        notification.WithReference(referral); // fetches the parents' letter once a school has issued it
        var attendance = Service<Projects.Attendance_Service>("attendance", "attendancedb").WithReference(referral); // pupils' UPNs
        var directory = Service<Projects.Directory_Service>("directory", "directorydb").WaitFor(notification).WaitFor(referral);

        // The identity provider: people's accounts and the OAuth clients, on a database of its own, and the mail relay
        // its invitations go out through; no broker or cache.
        var identityDatabase = postgres.AddDatabase("identitydb");
        var identity = tokens.Issuing(builder.AddProject<Projects.Identity_Service>("identity"))
            .WithHttpEndpoint()
            .WithReplicas(options.ReplicasOf("identity"))
            .WithReference(identityDatabase).WaitFor(identityDatabase)
            .WithReference(mail).WaitFor(mail)
            .WithPlatformDefaults(environment, tokens.PublicAddress);

        // The web pages people work in: they sign in at the identity provider and call the APIs through the gateway
        // with their own token; no database or broker. The cache holds the key ring its sign-in cookies need.
        var web = tokens.SigningPeopleIn(builder.AddProject<Projects.Web>(ResourceNames.Web))
            .WithHttpEndpoint()
            .WithReplicas(options.ReplicasOf(ResourceNames.Web))
            .WithReference(cache).WaitFor(cache)
            .WithPlatformDefaults(environment, tokens.PublicAddress);

        var gateway = tokens.Verifying(builder.AddProject<Projects.Gateway>(ResourceNames.Gateway))
            .WithHttpEndpoint(port: gatewayPort, isProxied: false)
            .WithReference(cache).WaitFor(cache)
            .WithReference(identity).WaitFor(identity)
            .WithReference(directory).WaitFor(directory)
            .WithReference(referral).WaitFor(referral)
            .WithReference(attendance).WaitFor(attendance)
            .WithReference(notification).WaitFor(notification)
            .WithReference(web)
            .WithPlatformDefaults(environment, tokens.PublicAddress);
        web.WithReference(gateway);
        tokens.ActingForSchools(notification, gateway); // asks the gateway for a token when a letter is to go
    }

    options.EnsureReplicatedProjectsExist(builder.Resources);
}
catch (PlatformConfigurationException problem)
{
    Console.Error.WriteLine(problem.Message);
    return 2;
}

builder.PrintSummaryWhenHealthy(options, repositoryRoot);
builder.Build().Run();
return 0;
