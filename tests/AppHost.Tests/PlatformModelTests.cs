using APPlatform.AppHost.Orchestration;

namespace APPlatform.AppHost.Tests;

/// <summary>What the AppHost gives each project (Aspire's environment contract), computed without launching anything.</summary>
public sealed class PlatformModelTests : IDisposable
{
    private static readonly Dictionary<string, string> externalServers = new()
    {
        ["postgres"] = "Host=db.example;Port=5432;Username=app;Password=pw",
        ["messaging"] = "amqp://app:pw@mq.example:5672",
        ["cache"] = "cache.example:6379",
    };

    private readonly TemporaryDirectory data = new();

    public void Dispose() => data.Dispose();

    [Fact]
    public void AServiceGetsItsUrlDatabaseBrokerCacheAndTokenSettings()
    {
        var directory = Build().Get<ProjectResource>("directory").EnvironmentFor(0);

        Assert.Matches(@"^http://127\.0\.0\.1:\d+$", directory["ASPNETCORE_URLS"]);
        Assert.Equal("Development", directory["ASPNETCORE_ENVIRONMENT"]);
        Assert.Equal("directory", directory["OTEL_SERVICE_NAME"]);
        Assert.Equal("service.instance.id=directory-0", directory["OTEL_RESOURCE_ATTRIBUTES"]);
        Assert.Equal("Host=db.example;Port=5432;Username=app;Password=pw;Database=directorydb", directory["ConnectionStrings__directorydb"]);
        Assert.Equal("amqp://app:pw@mq.example:5672", directory["ConnectionStrings__messaging"]);
        Assert.Equal("cache.example:6379", directory["ConnectionStrings__cache"]);
        Assert.Equal("applatform-local", directory["Authentication__Jwt__Issuer"]);
        Assert.Equal("applatform", directory["Authentication__Jwt__Audience"]);
        Assert.Equal(32, Convert.FromBase64String(directory["Authentication__Jwt__SigningKeys__0"]).Length);
        Assert.False(directory.ContainsKey("ConnectionStrings__referraldb"));
        Assert.False(directory.ContainsKey("Messaging__EntityPrefix"));
    }

    [Fact]
    public void TheGatewayIsToldEveryReplicaOfEveryService()
    {
        var platform = Build(new PlatformOptions { Replicas = new Dictionary<string, int> { ["attendance"] = 3 } });
        var gateway = platform.Get<ProjectResource>("gateway").EnvironmentFor(0);
        var attendance = platform.Get<ProjectResource>("attendance");

        Assert.Equal(3, attendance.Endpoints.Distinct().Count());
        Assert.Equal(
            attendance.Endpoints.Select(endpoint => endpoint.GetLeftPart(UriPartial.Authority)),
            [gateway["services__attendance__http__0"], gateway["services__attendance__http__1"], gateway["services__attendance__http__2"]]);
        Assert.False(gateway.ContainsKey("services__attendance__http__3"));
        Assert.Equal("service.instance.id=attendance-2", attendance.EnvironmentFor(2)["OTEL_RESOURCE_ATTRIBUTES"]);
        Assert.Equal(["attendance-0", "attendance-1", "attendance-2"], Enumerable.Range(0, 3).Select(attendance.InstanceName));
        Assert.True(gateway.ContainsKey("services__directory__http__0"));
        Assert.Equal("http://localhost:5080", gateway["ASPNETCORE_URLS"]);
        Assert.Equal(new Uri("http://localhost:5080"), platform.GatewayUrl);
    }

    [Fact]
    public void TheSigningKeyIsKeptWithTheDataSoTokensSurviveARestartButNotAReset()
    {
        string Key(bool reset) => Build(new PlatformOptions { Reset = reset }).Get<ProjectResource>("gateway").EnvironmentFor(0)["Authentication__Jwt__SigningKeys__0"];

        var first = Key(reset: false);

        Assert.Equal(first, Key(reset: false));
        Assert.NotEqual(first, Key(reset: true));
    }

    [Fact]
    public void ServicesWaitForTheirDatabaseBrokerAndCacheNotificationForTheMailSinkAndTheGatewayForEveryService()
    {
        var platform = Build();

        Assert.Empty(platform.Get<ServerResource>("postgres").Dependencies);
        Assert.Equal(["postgres"], platform.Get<DatabaseResource>("notificationdb").Dependencies.Select(d => d.Name));
        Assert.Equal(["notificationdb", "messaging", "cache", "mail"], platform.Get<ProjectResource>("notification").Dependencies.Select(d => d.Name));
        Assert.Contains("services__referral__http__0", platform.Get<ProjectResource>("notification").EnvironmentFor(0).Keys);
        Assert.Equal(
            ["cache", "directory", "referral", "attendance", "notification"],
            platform.Get<ProjectResource>("gateway").Dependencies.Select(d => d.Name));
    }

    [Fact]
    public void TestRunsSharingServersGetTheirOwnDatabasesAndBrokerNamespace()
    {
        var referral = Build(new PlatformOptions { DatabaseSuffix = "_run7", MessagingEntityPrefix = "run7." })
            .Get<ProjectResource>("referral").EnvironmentFor(0);

        Assert.EndsWith(";Database=referraldb_run7", referral["ConnectionStrings__referraldb"]);
        Assert.Equal("run7.", referral["Messaging__EntityPrefix"]);
    }

    [Fact]
    public void ProjectsRunTheirBuildOfTheConfiguredConfiguration()
    {
        var options = new PlatformOptions { RepositoryRoot = "/repo", Configuration = "Release" };

        Assert.Equal("/repo/src/Gateway/bin/Release/net10.0/Gateway.dll", Build(options).Get<ProjectResource>("gateway").Assembly);
    }

    [Fact]
    public void ServersOnlyStartsNoProject()
    {
        Assert.Equal(["postgres", "messaging", "cache", "mail"], Build(new PlatformOptions { ServersOnly = true }).Resources.Select(r => r.Name));
    }

    [Theory]
    [InlineData("payments")]
    [InlineData("gateway")]
    public void ReplicasOfAnUnknownProjectOrOfTheFixedPortGatewayAreRefused(string project)
    {
        var exception = Assert.Throws<ArgumentException>(() => Build(new PlatformOptions { Replicas = new Dictionary<string, int> { [project] = 2 } }));

        Assert.Contains(project, exception.Message);
    }

    [Fact]
    public void TheStatusTableListsEveryResourceWithPasswordsMaskedAndTheDemoClients()
    {
        var table = StatusTable.Render(Build(new PlatformOptions { RepositoryRoot = BuildInfo.RepositoryRoot }), TimeSpan.FromSeconds(12.3), BuildInfo.RepositoryRoot);

        Assert.Contains("external: Host=db.example;Port=5432;Username=app;Password=***", table);
        Assert.Contains("external: amqp://app:***@mq.example:5672", table);
        Assert.DoesNotContain("pw", table);
        Assert.Contains("directorydb", table);
        Assert.Contains("12.3 s", table);
        Assert.Contains("Gateway: http://localhost:5080/", table);
        foreach (var (clientId, _) in DemoClients.Read(BuildInfo.RepositoryRoot))
        {
            Assert.Contains(clientId, table);
        }
    }

    [Fact]
    public void DemoClientsAreNoneWhenTheGatewaysDevelopmentConfigurationIsAbsent()
    {
        Assert.Empty(DemoClients.Read(data.Path));
    }

    private Platform Build(PlatformOptions? options = null) => PlatformModel.Build((options ?? new PlatformOptions()) with
    {
        DataDirectory = data.Path,
        ConnectionStrings = externalServers,
        Log = Quiet.Log,
    });
}
