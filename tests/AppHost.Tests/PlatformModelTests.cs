using APPlatform.AppHost.Orchestration;
using APPlatform.AppHost.Processes;

namespace APPlatform.AppHost.Tests;

/// <summary>What the AppHost gives each project (Aspire's environment contract), computed without launching anything.</summary>
public sealed class PlatformModelTests : IDisposable
{
    private readonly string data = Path.Combine(Path.GetTempPath(), $"apphost-model-{Guid.NewGuid():N}");

    public void Dispose() => Directory.Delete(data, recursive: true);

    [Fact]
    public void AServiceGetsItsUrlDatabaseBrokerCacheAndTokenSettings()
    {
        var platform = Build();
        var directory = platform.Get<ProjectResource>("directory").EnvironmentFor(0);

        Assert.StartsWith("http://127.0.0.1:", directory["ASPNETCORE_URLS"]);
        Assert.Equal("Development", directory["ASPNETCORE_ENVIRONMENT"]);
        Assert.Equal("directory", directory["OTEL_SERVICE_NAME"]);
        Assert.Equal("service.instance.id=directory-0", directory["OTEL_RESOURCE_ATTRIBUTES"]);
        Assert.Equal("Host=db.example;Port=5432;Username=app;Password=pw;Database=directorydb", directory["ConnectionStrings__directorydb"]);
        Assert.Equal("amqp://app:pw@mq.example:5672", directory["ConnectionStrings__messaging"]);
        Assert.Equal("cache.example:6379", directory["ConnectionStrings__cache"]);
        Assert.Equal(32, Convert.FromBase64String(directory["Authentication__Jwt__SigningKeys__0"]).Length);
        Assert.False(directory.ContainsKey("ConnectionStrings__referraldb"));
    }

    [Fact]
    public void TheGatewayIsToldEveryReplicaOfEveryService()
    {
        var platform = Build(replicas: new() { ["attendance"] = 3 });
        var gateway = platform.Get<ProjectResource>("gateway").EnvironmentFor(0);
        var attendance = platform.Get<ProjectResource>("attendance");

        Assert.Equal(3, attendance.Endpoints.Count);
        Assert.Equal(3, attendance.Endpoints.Distinct().Count());
        for (var i = 0; i < 3; i++)
        {
            Assert.Equal(attendance.Endpoints[i].ToString().TrimEnd('/'), gateway[$"services__attendance__http__{i}"]);
        }

        Assert.False(gateway.ContainsKey("services__attendance__http__3"));
        Assert.True(gateway.ContainsKey("services__directory__http__0"));
        Assert.Equal("http://localhost:5080", gateway["ASPNETCORE_URLS"]);
    }

    [Fact]
    public void TheSigningKeyIsKeptWithTheDataSoTokensSurviveARestart()
    {
        var first = Build().Get<ProjectResource>("gateway").EnvironmentFor(0)["Authentication__Jwt__SigningKeys__0"];
        var again = Build().Get<ProjectResource>("gateway").EnvironmentFor(0)["Authentication__Jwt__SigningKeys__0"];
        var afterReset = Build(reset: true).Get<ProjectResource>("gateway").EnvironmentFor(0)["Authentication__Jwt__SigningKeys__0"];

        Assert.Equal(first, again);
        Assert.NotEqual(first, afterReset);
    }

    [Fact]
    public void ServersDependOnNothingServicesOnServersAndTheGatewayOnEveryService()
    {
        var platform = Build();

        Assert.Empty(platform.Get<ServerResource>("postgres").Dependencies);
        Assert.Equal(["postgres", "messaging", "cache"], platform.Get<ProjectResource>("notification").Dependencies.Select(d => d.Name));
        Assert.Equal(
            ["cache", "directory", "referral", "attendance", "notification"],
            platform.Get<ProjectResource>("gateway").Dependencies.Select(d => d.Name));
    }

    private Platform Build(Dictionary<string, int>? replicas = null, bool reset = false) => PlatformModel.Build(new PlatformOptions
    {
        DataDirectory = data,
        Reset = reset,
        Replicas = replicas ?? [],
        ConnectionStrings = new Dictionary<string, string>
        {
            ["postgres"] = "Host=db.example;Port=5432;Username=app;Password=pw",
            ["messaging"] = "amqp://app:pw@mq.example:5672",
            ["cache"] = "cache.example:6379",
        },
        Log = new OutputLog(_ => { }, colour: false),
    });
}
