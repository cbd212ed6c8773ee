namespace APPlatform.AppHost.Servers;

/// <summary>Where PostgreSQL, RabbitMQ and Redis come from (an existing server named by ConnectionStrings__&lt;name&gt; wins over both).</summary>
public enum ServerSource
{
    /// <summary>The installed Debian packages, run as Aspire executable resources: this machine has no container runtime.</summary>
    Local,

    /// <summary>Aspire's own container resources (AddPostgres, AddRabbitMQ, AddRedis), where a container runtime exists.</summary>
    Containers,
}
