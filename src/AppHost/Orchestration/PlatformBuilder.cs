using System.Security.Cryptography;
using APPlatform.AppHost.Servers;

namespace APPlatform.AppHost.Orchestration;

/// <summary>Declares the platform's resources in Aspire's vocabulary (AddPostgres, AddProject, WithReference, ...).</summary>
public sealed class PlatformBuilder
{
    private readonly List<Resource> resources = [];
    private readonly LaunchSettings launch;

    public PlatformBuilder(PlatformOptions options)
    {
        Options = options;
        if (options.Reset && Directory.Exists(options.ResolvedDataDirectory))
        {
            Directory.Delete(options.ResolvedDataDirectory, recursive: true);
        }

        Directory.CreateDirectory(options.ResolvedDataDirectory);
        launch = new LaunchSettings(options.RepositoryRoot, options.Configuration, SharedEnvironment(), options.Log);
    }

    public PlatformOptions Options { get; }

    public ServerResource AddPostgres(string name, int port) => AddServer(name, data => new PostgresServer(ServerOptions(data, port)));

    public ServerResource AddRabbitMQ(string name, int port) => AddServer(name, data => new RabbitMqServer(ServerOptions(data, port)));

    public ServerResource AddRedis(string name, int port) => AddServer(name, data => new RedisServer(ServerOptions(data, port)));

    /// <summary>A project under src/ (e.g. Directory.Service), run with as many replicas as the options ask for.</summary>
    public ProjectResource AddProject(string name, string project)
    {
        var resource = new ProjectResource(name, project, launch).WithReplicas(Options.Replicas.GetValueOrDefault(name, 1));
        resources.Add(resource);
        return resource;
    }

    public Platform Build() => new(resources, Options.Log);

    private ServerResource AddServer(string name, Func<string, ILocalServer> start)
    {
        var resource = Options.ConnectionStrings.TryGetValue(name, out var existing)
            ? ServerResource.External(name, existing)
            : ServerResource.Local(start(Path.Combine(Options.ResolvedDataDirectory, name)));
        resources.Add(resource);
        return resource;
    }

    private LocalServerOptions ServerOptions(string dataDirectory, int port) =>
        new(dataDirectory, Options.FreePorts ? 0 : port, Options.Log, Options.DurableServers);

    /// <summary>The environment every project gets, besides its own URLs and connection strings.</summary>
    private Dictionary<string, string> SharedEnvironment()
    {
        var environment = new Dictionary<string, string>
        {
            ["ASPNETCORE_ENVIRONMENT"] = Options.EnvironmentName,
            ["Authentication__Jwt__Issuer"] = "applatform-local",
            ["Authentication__Jwt__Audience"] = "applatform",
            ["Authentication__Jwt__SigningKeys__0"] = SigningKey(),
        };
        if (Environment.GetEnvironmentVariable("OTEL_EXPORTER_OTLP_ENDPOINT") is { Length: > 0 } otlp)
        {
            environment["OTEL_EXPORTER_OTLP_ENDPOINT"] = otlp;
        }

        if (Options.MessagingEntityPrefix is { Length: > 0 } prefix)
        {
            environment["Messaging__EntityPrefix"] = prefix;
        }

        return environment;
    }

    /// <summary>Generated once and kept with the data, so tokens the gateway issued stay valid across restarts.</summary>
    private string SigningKey()
    {
        var file = Path.Combine(Options.ResolvedDataDirectory, "jwt-signing-key");
        if (!File.Exists(file))
        {
            File.WriteAllText(file, Convert.ToBase64String(RandomNumberGenerator.GetBytes(32)));
        }

        return File.ReadAllText(file).Trim();
    }
}
