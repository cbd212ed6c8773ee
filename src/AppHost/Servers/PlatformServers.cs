using Aspire.Hosting.ApplicationModel;
using Microsoft.Extensions.Configuration;

namespace APPlatform.AppHost.Servers;

/// <summary>
/// The one place that decides where PostgreSQL, RabbitMQ and Redis come from: an existing server when
/// ConnectionStrings__&lt;name&gt; names one; otherwise Aspire's container resources (Platform:ServerSource=Containers)
/// or the installed Debian packages as executables (the default: this machine has no container runtime). Whichever it
/// is, the services get the same ConnectionStrings__&lt;name&gt;.
/// </summary>
public sealed class PlatformServers(IDistributedApplicationBuilder builder, PlatformOptions options, string dataDirectory)
{
    public PostgresServer AddPostgres(string name)
    {
        if (IsExisting(name))
        {
            // The services create their databases on an existing server if they are missing (EF Core migrations do).
            var existing = builder.AddConnectionString(name);
            return new PostgresServer(existing, database =>
                builder.AddConnectionString(database, ReferenceExpression.Create($"{existing.Resource};Database={database}")));
        }

        if (options.ServerSource == ServerSource.Containers)
        {
            var container = builder.AddPostgres(name, port: options.Port("PostgreSQL", ports => ports.Postgres)).WithDataVolume();
            return new PostgresServer(container, database => container.AddDatabase(database));
        }

        var local = builder.AddLocalPostgres(name, Local(name, "PostgreSQL", ports => ports.Postgres));
        return new PostgresServer(local, database => local.AddDatabase(database));
    }

    /// <summary>
    /// The broker, and its management API (<paramref name="adminName"/>) with an administrator's credentials; an
    /// existing broker's API only when its connection string is given too (without it, no broker subscriptions).
    /// </summary>
    public RabbitMQServer AddRabbitMQ(string name, string adminName)
    {
        if (IsExisting(name))
        {
            return new RabbitMQServer(builder.AddConnectionString(name), IsExisting(adminName) ? builder.AddConnectionString(adminName) : null);
        }

        if (options.ServerSource == ServerSource.Containers)
        {
            var container = builder.AddRabbitMQ(name, port: options.Port("RabbitMQ", ports => ports.Messaging)).WithManagementPlugin().WithDataVolume();
            var server = container.Resource;
            var api = server.ManagementEndpoint;
            return new RabbitMQServer(container, builder.AddConnectionString(adminName, ReferenceExpression.Create(
                $"http://{server.UserNameReference}:{server.PasswordParameter}@{api.Property(EndpointProperty.Host)}:{api.Property(EndpointProperty.Port)}")));
        }

        var local = builder.AddLocalRabbitMQ(name, Local(name, "RabbitMQ", ports => ports.Messaging), options.BrokerManagement);
        return new RabbitMQServer(local, options.BrokerManagement ? builder.AddConnectionString(adminName, local.Resource.ManagementExpression) : null);
    }

    public IResourceBuilder<IResourceWithConnectionString> AddRedis(string name) =>
        IsExisting(name) ? builder.AddConnectionString(name)
        : options.ServerSource == ServerSource.Containers ? builder.AddRedis(name, port: options.Port("Redis", ports => ports.Cache)).WithDataVolume()
        : builder.AddLocalRedis(name, Local(name, "Redis", ports => ports.Cache));

    /// <summary>The mail sink (a project of ours, in every mode), unless ConnectionStrings__mail names a real relay.</summary>
    public IResourceBuilder<IResourceWithConnectionString> AddMailSink(string name) =>
        IsExisting(name)
            ? builder.AddConnectionString(name)
            : builder.AddMailSink(name, Path.Combine(dataDirectory, name), options.Port("the mail sink's SMTP", ports => ports.MailSmtp), options.Port("the mail sink's page", ports => ports.MailWeb));

    private bool IsExisting(string name) => !string.IsNullOrEmpty(builder.Configuration.GetConnectionString(name));

    private LocalServerSettings Local(string name, string what, Func<PlatformPorts, int> port) =>
        new(Path.Combine(dataDirectory, name), options.Port(what, port), options.Durable);
}

/// <summary>A RabbitMQ server of any source, and its management API when there is one to use.</summary>
public sealed record RabbitMQServer(
    IResourceBuilder<IResourceWithConnectionString> Messaging, IResourceBuilder<IResourceWithConnectionString>? Admin);

/// <summary>A PostgreSQL server of any source, and how to add a database to it.</summary>
public sealed record PostgresServer(
    IResourceBuilder<IResourceWithConnectionString> Server, Func<string, IResourceBuilder<IResourceWithConnectionString>> AddDatabase);
