using System.Text.RegularExpressions;
using APPlatform.AppHost.Servers;

namespace APPlatform.AppHost.Orchestration;

/// <summary>
/// PostgreSQL, RabbitMQ or Redis: started from the installed binaries, or, when its connection string is configured
/// (ConnectionStrings__postgres, __messaging, __cache), an existing server the AppHost only uses.
/// </summary>
public sealed partial class ServerResource : Resource
{
    private readonly ILocalServer? local;
    private readonly string? external;

    private ServerResource(string name, ILocalServer? local, string? external)
        : base(name)
    {
        this.local = local;
        this.external = external;
    }

    public string ConnectionString => external ?? local!.ConnectionString;

    public override string Target => (external is null ? "" : "external: ") + Mask(ConnectionString);

    internal static ServerResource Local(ILocalServer server) => new(server.Name, server, null);

    internal static ServerResource External(string name, string connectionString) => new(name, null, connectionString);

    protected override async Task<ResourceState> OnStartAsync(CancellationToken cancellationToken)
    {
        if (local is null)
        {
            return ResourceState.External;
        }

        await local.StartAsync(cancellationToken);
        return ResourceState.Healthy;
    }

    protected override Task OnStopAsync() => local?.StopAsync() ?? Task.CompletedTask;

    /// <summary>Hides passwords in both forms: key=value pairs (PostgreSQL, Redis) and user:password@ URIs (RabbitMQ).</summary>
    private static string Mask(string connectionString) =>
        UriPassword().Replace(KeyValuePassword().Replace(connectionString, "$1***"), "$1***@");

    [GeneratedRegex("(?i)(password=)[^;,]*")]
    private static partial Regex KeyValuePassword();

    [GeneratedRegex("(://[^:/@]+:)[^@]*@")]
    private static partial Regex UriPassword();
}
