using APPlatform.AppHost.Servers;

namespace APPlatform.AppHost.Orchestration;

/// <summary>
/// Declares the platform's resources in Aspire's vocabulary: AddPostgres(...).AddDatabase(...), AddRabbitMQ, AddRedis,
/// AddProject(...).WithReference(...).WithReplicas(...). Get one from <see cref="Platform.CreateBuilder"/>.
/// </summary>
public sealed class PlatformBuilder
{
    private readonly List<Resource> resources = [];
    private readonly LaunchSettings launch;

    internal PlatformBuilder(PlatformOptions options)
    {
        Options = options;
        launch = new LaunchSettings(SharedEnvironment(), options.Log);
    }

    public PlatformOptions Options { get; }

    /// <param name="port">Its port on loopback when started here; 0 picks a free one.</param>
    public PostgresServerResource AddPostgres(string name, int port) =>
        Add(new PostgresServerResource(name, LocalUnlessExternal(name, options => new PostgresServer(options), port), External(name), this));

    public ServerResource AddRabbitMQ(string name, int port) =>
        Add(new ServerResource(name, LocalUnlessExternal(name, options => new RabbitMqServer(options), port), External(name)));

    public ServerResource AddRedis(string name, int port) =>
        Add(new ServerResource(name, LocalUnlessExternal(name, options => new RedisServer(options), port), External(name)));

    /// <summary>The mail sink: services send email to it and a developer reads what they sent at its web address.</summary>
    public ServerResource AddMailSink(string name, int smtpPort, int webPort) =>
        Add(new ServerResource(name, LocalUnlessExternal(name, options => new MailSink(options, webPort), smtpPort), External(name)));

    /// <summary>A project under src/ (e.g. Directory.Service), run from its build for the configured configuration.</summary>
    public ProjectResource AddProject(string name, string project) =>
        Add(new ProjectResource(name, Path.Combine(Options.RepositoryRoot, "src", project, "bin", Options.Configuration, "net10.0", $"{project}.dll"), launch));

    /// <summary>Any program, given the same environment contract as a project (tests use small stand-ins).</summary>
    public ExecutableResource AddExecutable(string name, string command, string workingDirectory, params IReadOnlyList<string> arguments) =>
        Add(new ExecutableResource(name, command, arguments, workingDirectory, launch));

    /// <summary>The platform, with the replica counts the options ask for applied.</summary>
    public Platform Build()
    {
        foreach (var (name, count) in Options.Replicas)
        {
            var project = resources.OfType<ExecutableResource>().SingleOrDefault(resource => resource.Name == name)
                ?? throw new ArgumentException(
                    $"There is no project named '{name}' to replicate; the projects are {string.Join(", ", resources.OfType<ExecutableResource>().Select(r => r.Name))}.");
            project.WithReplicas(count);
        }

        return new Platform(resources, Options);
    }

    internal T Add<T>(T resource)
        where T : Resource
    {
        if (resources.Any(existing => existing.Name == resource.Name))
        {
            throw new ArgumentException($"There is already a resource named '{resource.Name}'.");
        }

        resources.Add(resource);
        return resource;
    }

    private string? External(string name) => Options.ConnectionStrings.GetValueOrDefault(name);

    private ILocalServer? LocalUnlessExternal(string name, Func<LocalServerOptions, ILocalServer> create, int port) =>
        External(name) is null
            ? create(new LocalServerOptions(Path.Combine(Options.ResolvedDataDirectory, name), port, Options.Log, Reset: Options.Reset))
            : null;

    /// <summary>The environment every project gets, besides its own URLs and connection strings.</summary>
    private Dictionary<string, string> SharedEnvironment()
    {
        var environment = new Dictionary<string, string>
        {
            ["ASPNETCORE_ENVIRONMENT"] = Options.EnvironmentName,
            ["Authentication__Jwt__Issuer"] = "applatform-local",
            ["Authentication__Jwt__Audience"] = "applatform",
            ["Authentication__Jwt__SigningKeys__0"] = SigningKey.LoadOrCreate(Options.ResolvedDataDirectory, Options.Reset),
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
}
