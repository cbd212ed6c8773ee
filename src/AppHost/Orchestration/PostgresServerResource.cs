using APPlatform.AppHost.Servers;

namespace APPlatform.AppHost.Orchestration;

/// <summary>A PostgreSQL server, which can hold databases (Aspire's AddPostgres(...).AddDatabase(...)).</summary>
public sealed class PostgresServerResource : ServerResource
{
    private readonly PlatformBuilder builder;

    internal PostgresServerResource(string name, ILocalServer? local, string? external, PlatformBuilder builder)
        : base(name, local, external)
    {
        this.builder = builder;
    }

    /// <summary>
    /// A database created on this server once it is up, reached as ConnectionStrings__&lt;name&gt;; its name on the
    /// server is <paramref name="databaseName"/> (default: the same).
    /// </summary>
    public DatabaseResource AddDatabase(string name, string? databaseName = null) =>
        builder.Add(new DatabaseResource(name, databaseName ?? name, this));
}
